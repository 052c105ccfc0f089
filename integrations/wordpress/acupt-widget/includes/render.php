<?php
/**
 * The markup of one element, shared by the shortcodes and the blocks. Every value is checked and
 * escaped; the content overrides are re-encoded as JSON, so nothing a post gives can become markup
 * or script.
 *
 * @package acupt-widget
 */

defined( 'ABSPATH' ) || exit;

/**
 * An element, on one line (nothing for a later filter to wrap in `<p>` or `<br>`), and the widget
 * loaded for the page.
 *
 * @param string               $element   `quiz`, `compare` or `book`.
 * @param array<string, mixed> $given     Attributes, named as the element's (`booking-url`) or with underscores (`booking_url`).
 *                                        An empty one is kept: like an empty element attribute, it turns the site-wide setting off.
 * @param string               $overrides The content overrides, JSON as the editor saved it; may be empty.
 * @param string               $wrapper   More attributes, already escaped (a block's classes).
 * @return string
 */
function acupt_widget_render( $element, $given, $overrides, $wrapper = '' ) {
	$json       = acupt_widget_overrides( $overrides );
	$schema     = acupt_widget_schema()[ $element ];
	$rows       = acupt_widget_row_keys( $json );
	$attributes = array();
	foreach ( $given as $name => $value ) {
		$name = strtolower( str_replace( '_', '-', (string) $name ) );
		if ( isset( $schema[ $name ] ) && is_scalar( $value ) ) {
			$value = trim( (string) $value );
			$clean = '' === $value ? '' : acupt_widget_clean( $schema[ $name ], $value, $rows );
			if ( null !== $clean ) {
				$attributes[ $name ] = $clean;
			}
		}
	}
	// The page's `<html lang>` wins over the script's `data-lang`, so the language setting goes on each element.
	$lang = $attributes['lang'] ?? acupt_widget_settings()['lang'] ?? '';
	if ( $lang ) {
		$attributes['lang'] = $lang;
	}
	acupt_widget_enqueue( $lang ? $lang : get_bloginfo( 'language' ) );

	$html = "<acupt-$element" . ( $wrapper ? " $wrapper" : '' );
	foreach ( $attributes as $name => $value ) {
		$html .= acupt_widget_attribute( $name, $value );
	}
	$html .= '>';
	if ( $json ) {
		// JSON_HEX_TAG: no `<` or `>` at all, so the data cannot close its script element.
		$html .= '<script type="application/json">' . wp_json_encode( $json, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) . '</script>';
	}
	return $html . "</acupt-$element>";
}

/**
 * Content overrides as data, or null when the text is not a JSON object. Undoes what WordPress did
 * to the text on its way here: wpautop's `<p>` and `<br />` (around a shortcode's content, and in the
 * Shortcode block), the classic editor's `&nbsp;`, and the entities kses and the editors write
 * (`&amp;`, `&lt;`) in the texts.
 *
 * @param string $text The JSON as saved.
 * @return object|null
 */
function acupt_widget_overrides( $text ) {
	$text = preg_replace( '#</?p\b[^>]*>|<br\s*/?>#i', "\n", $text );
	$data = json_decode( str_replace( array( '&nbsp;', '&#160;', "\u{a0}" ), ' ', $text ) );
	return is_object( $data ) ? acupt_widget_decode( $data ) : null;
}

/**
 * Decodes the HTML entities in every string of a JSON value.
 *
 * @param mixed $value Decoded JSON.
 * @return mixed
 */
function acupt_widget_decode( $value ) {
	if ( is_string( $value ) ) {
		return html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	}
	if ( is_array( $value ) ) {
		return array_map( 'acupt_widget_decode', $value );
	}
	if ( is_object( $value ) ) {
		foreach ( get_object_vars( $value ) as $key => $item ) {
			$value->$key = acupt_widget_decode( $item );
		}
	}
	return $value;
}

/**
 * The rows a comparison can list: the built-in ones and those its overrides add, for any language.
 *
 * @param object|null $overrides Content overrides.
 * @return string[] Lowercase keys, as the element matches them.
 */
function acupt_widget_row_keys( $overrides ) {
	$keys = ACUPT_WIDGET_ROWS;
	foreach ( array_merge( array( $overrides ), array_values( (array) $overrides ) ) as $part ) {
		foreach ( (array) ( $part->rows ?? array() ) as $row ) {
			if ( is_string( $row->key ?? null ) ) {
				$keys[] = strtolower( $row->key );
			}
		}
	}
	return $keys;
}
