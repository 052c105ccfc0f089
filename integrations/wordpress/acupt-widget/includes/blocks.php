<?php
/**
 * The blocks acupt/quiz, acupt/compare and acupt/book: dynamic, rendered here like the shortcodes,
 * so a post stores only the block's settings (which kses leaves alone) and never the element's HTML.
 * The editor side is blocks/editor.js, plain JavaScript without a build step.
 *
 * @package acupt-widget
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'acupt_widget_register_blocks' );

/** Registers the editor script the three blocks share, then each block from its block.json. */
function acupt_widget_register_blocks() {
	// The widget itself is a dependency: the editor's live preview is the real element.
	wp_register_script(
		'acupt-widget-blocks',
		plugins_url( 'blocks/editor.js', ACUPT_WIDGET_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'acupt-widget' ),
		ACUPT_WIDGET_VERSION,
		false
	);
	// Which languages the sidebar offers depends on the add-ons this copy ships.
	wp_add_inline_script( 'acupt-widget-blocks', 'var acuptWidgetLanguages = ' . wp_json_encode( acupt_widget_language_names() ) . ';', 'before' );
	wp_set_script_translations( 'acupt-widget-blocks', 'acupt-widget' );

	foreach ( array_keys( acupt_widget_schema() ) as $element ) {
		register_block_type( ACUPT_WIDGET_DIR . "/blocks/$element", array( 'render_callback' => 'acupt_widget_render_block' ) );
	}
}

/**
 * A block's element: its settings (`bookingUrl` → `booking-url`) and its `overrides` JSON.
 * An empty setting is left out, so the site-wide one applies.
 *
 * @param array<string, mixed> $attributes The block's attributes.
 * @param string               $content    Unused: the blocks save no content.
 * @param WP_Block             $block      The block.
 * @return string
 */
function acupt_widget_render_block( $attributes, $content, $block ) {
	$given = array();
	foreach ( $attributes as $name => $value ) {
		if ( 'overrides' !== $name && '' !== $value ) {
			$given[ strtolower( preg_replace( '/[A-Z]/', '-$0', $name ) ) ] = $value;
		}
	}
	$element = substr( $block->name, strlen( 'acupt/' ) );
	return acupt_widget_render( $element, $given, (string) ( $attributes['overrides'] ?? '' ), get_block_wrapper_attributes() );
}
