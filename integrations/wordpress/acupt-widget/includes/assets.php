<?php
/**
 * The widget's script, its language add-ons and the sizing hint: registered everywhere, loaded
 * only on pages that show a widget. The script comes from this site (no CDN), in the footer,
 * with its Subresource Integrity hash and the site-wide settings as `data-` defaults.
 *
 * @package acupt-widget
 */

defined( 'ABSPATH' ) || exit;

/**
 * The scripts this copy of the plugin ships, with their SRI hashes; written by the build.
 *
 * @return array<string, string> File in js/ => `sha384-…`.
 */
function acupt_widget_integrity() {
	static $hashes;
	$hashes ??= require ACUPT_WIDGET_DIR . '/integrity.php';
	return $hashes;
}

/**
 * The languages shipped as add-on scripts (`js/acupt-widget.fr.js` → `fr`).
 *
 * @return string[]
 */
function acupt_widget_addons() {
	$files = implode( "\n", array_keys( acupt_widget_integrity() ) );
	preg_match_all( '/^acupt-widget\.([\w-]+)\.js$/m', $files, $found );
	return $found[1];
}

/**
 * The site-wide settings that are set, by element attribute name.
 *
 * @return array<string, string>
 */
function acupt_widget_settings() {
	$saved = get_option( 'acupt_widget', array() );
	return is_array( $saved ) ? array_filter( $saved, fn( $value ) => is_string( $value ) && '' !== $value ) : array();
}

add_action( 'init', 'acupt_widget_register_assets' );

/** Registers the script, each add-on (after the core) and the sizing hint, none of them loaded yet. */
function acupt_widget_register_assets() {
	$url = plugins_url( 'js/', ACUPT_WIDGET_FILE );
	wp_register_script( 'acupt-widget', $url . 'acupt-widget.js', array(), ACUPT_WIDGET_VERSION, true );
	foreach ( acupt_widget_addons() as $lang ) {
		wp_register_script( "acupt-widget-$lang", $url . "acupt-widget.$lang.js", array( 'acupt-widget' ), ACUPT_WIDGET_VERSION, true );
	}
	// A file, not inline CSS, so a `style-src 'self'` policy holds.
	wp_register_style( 'acupt-widget-sizing', plugins_url( 'css/sizing-hint.css', ACUPT_WIDGET_FILE ), array(), ACUPT_WIDGET_VERSION );
}

/**
 * Loads the widget on this page, each file once: the sizing hint, then the script and the add-on
 * for `$lang` in the footer.
 *
 * @param string $lang The language an element shows.
 */
function acupt_widget_enqueue( $lang ) {
	wp_enqueue_style( 'acupt-widget-sizing' );
	wp_enqueue_script( 'acupt-widget' );
	$addon = acupt_widget_language( $lang );
	if ( $addon && ! in_array( $addon, ACUPT_WIDGET_LANGUAGES, true ) ) {
		wp_enqueue_script( "acupt-widget-$addon" );
	}
}

add_action( 'wp_enqueue_scripts', 'acupt_widget_enqueue_hint' );

/**
 * Puts the sizing hint in the head of pages whose posts use a widget. A classic theme prints the
 * head before the content, so a widget's own render would add the hint too late to keep its space.
 * Widgets elsewhere (a sidebar, a reusable block) still work, their hint printed in the footer.
 */
function acupt_widget_enqueue_hint() {
	foreach ( $GLOBALS['wp_query']->posts ?? array() as $post ) {
		if ( $post instanceof WP_Post && acupt_widget_used_in( $post->post_content ) ) {
			wp_enqueue_style( 'acupt-widget-sizing' );
			return;
		}
	}
}

/**
 * Whether content has one of the plugin's shortcodes or blocks.
 *
 * @param string $content Post content.
 * @return bool
 */
function acupt_widget_used_in( $content ) {
	foreach ( array_keys( acupt_widget_schema() ) as $element ) {
		if ( has_shortcode( $content, "acupt_$element" ) || has_block( "acupt/$element", $content ) ) {
			return true;
		}
	}
	return false;
}

add_filter( 'script_loader_tag', 'acupt_widget_script_tag', 10, 2 );

/**
 * Adds each shipped script's integrity (with `crossorigin`, should a CDN plugin serve it from
 * another origin), and to the core script the settings as `data-` defaults: the script reads them
 * from its own tag (`data-booking-url` → `booking-url`).
 *
 * @param string $tag    The script tag(s) WordPress prints for the handle.
 * @param string $handle The handle.
 * @return string
 */
function acupt_widget_script_tag( $tag, $handle ) {
	$file = 'acupt-widget' === $handle ? 'acupt-widget.js' : preg_replace( '/^acupt-widget-(.+)$/', 'acupt-widget.$1.js', $handle );
	$hash = acupt_widget_integrity()[ $file ] ?? null;
	if ( ! $hash ) {
		return $tag;
	}
	$attributes = ' integrity="' . esc_attr( $hash ) . '" crossorigin="anonymous"';
	if ( 'acupt-widget' === $handle ) {
		foreach ( acupt_widget_settings() as $name => $value ) {
			$attributes .= acupt_widget_attribute( "data-$name", $value );
		}
	}
	// WordPress 6.1 quotes the id with ', later versions with ".
	$id = '/ id=([\'"])' . preg_quote( "$handle-js", '/' ) . '\1/';
	return preg_replace_callback( $id, fn( $found ) => $found[0] . $attributes, $tag, 1 );
}

/**
 * One attribute, escaped for HTML, a URL also as a URL: ` name="value"`.
 *
 * @param string $name  Attribute name.
 * @param string $value Its value, already checked.
 * @return string
 */
function acupt_widget_attribute( $name, $value ) {
	return ' ' . $name . '="' . ( str_ends_with( $name, '-url' ) ? esc_url( $value ) : esc_attr( $value ) ) . '"';
}
