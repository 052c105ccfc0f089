<?php
/**
 * Deleting the plugin deletes its one option, on every site of a network.
 *
 * @package acupt-widget
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $site ) {
		switch_to_blog( $site );
		delete_option( 'acupt_widget' );
		restore_current_blog();
	}
} else {
	delete_option( 'acupt_widget' );
}
