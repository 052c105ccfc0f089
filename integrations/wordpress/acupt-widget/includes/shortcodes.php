<?php
/**
 * [acupt_quiz], [acupt_compare], [acupt_book]. Shortcodes are plain text until the page is shown,
 * so they survive what removes pasted HTML: kses for Authors and Contributors, and the classic
 * editor's Visual tab.
 *
 * @package acupt-widget
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'acupt_widget_register_shortcodes' );

/** Registers one shortcode per element. */
function acupt_widget_register_shortcodes() {
	foreach ( array_keys( acupt_widget_schema() ) as $element ) {
		add_shortcode( "acupt_$element", 'acupt_widget_shortcode' );
	}
}

add_filter( 'no_texturize_shortcodes', 'acupt_widget_no_texturize' );

/**
 * Keeps wptexturize off the enclosed JSON: curly quotes would break it.
 *
 * @param string[] $shortcodes Shortcodes whose content is left as written.
 * @return string[]
 */
function acupt_widget_no_texturize( $shortcodes ) {
	foreach ( array_keys( acupt_widget_schema() ) as $element ) {
		$shortcodes[] = "acupt_$element";
	}
	return $shortcodes;
}

/**
 * The element with the shortcode's attributes (`booking_url` or `booking-url`) and, as its content
 * overrides, the JSON it encloses: `[acupt_compare rows="pain cost"]{…}[/acupt_compare]`.
 *
 * @param array<string, string>|string $atts    Attributes; an empty string when there are none.
 * @param string|null                  $content The enclosed text.
 * @param string                       $tag     The shortcode's name.
 * @return string
 */
function acupt_widget_shortcode( $atts, $content, $tag ) {
	$element = substr( $tag, strlen( 'acupt_' ) );
	$given   = array();
	foreach ( (array) $atts as $name => $value ) {
		$given[ str_replace( '-', '_', (string) $name ) ] = $value;
	}
	$names = array_map( fn( $name ) => str_replace( '-', '_', $name ), array_keys( acupt_widget_schema()[ $element ] ) );
	// shortcode_atts() drops unknown names and applies the `shortcode_atts_{$tag}` filter; null marks "not given".
	$given = array_filter( shortcode_atts( array_fill_keys( $names, null ), $given, $tag ), fn( $value ) => null !== $value );
	return acupt_widget_render( $element, $given, (string) $content );
}
