<?php
/**
 * The attributes of the three elements and how each value is checked: the same rules as the
 * elements themselves (README, element JSDoc). A value an element would refuse is left out
 * here, so the element falls back to the site-wide setting or its default.
 *
 * @package acupt-widget
 */

defined( 'ABSPATH' ) || exit;

/** The comparison's built-in rows; content overrides may add more. */
const ACUPT_WIDGET_ROWS = array( 'pain', 'cause', 'session', 'stress', 'recovery', 'risks', 'insurance', 'evidence' );

/** The treatments, as `columns`, `highlight` and `service` name them. */
const ACUPT_WIDGET_SERVICES = array( 'acupuncture', 'pt', 'both' );

/** The languages built into the core script; add-ons may ship more (see acupt_widget_addons()). */
const ACUPT_WIDGET_LANGUAGES = array( 'en', 'es' );

/** CSS named colours (CSS Color 4), the ones `accent` accepts by name. */
const ACUPT_WIDGET_COLOUR_NAMES = 'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen';

/**
 * Every attribute of each element and its rule: a name of a check in acupt_widget_clean(), or the
 * list of values allowed.
 *
 * @return array<string, array<string, string|string[]>> Element (`quiz`, `compare`, `book`) => attribute => rule.
 */
function acupt_widget_schema() {
	$shared  = array(
		'accent'    => 'colour',
		'theme'     => array( 'light', 'dark', 'auto' ),
		'density'   => array( 'comfortable', 'compact' ),
		'lang'      => 'lang',
		'analytics' => array( 'none', 'datalayer' ),
	);
	$booking = array(
		'booking-url'     => 'url',
		'acupuncture-url' => 'url',
		'pt-url'          => 'url',
		'both-url'        => 'url',
		'phone'           => 'phone',
		'email'           => 'email',
		'target'          => array( '_self', '_blank' ),
		'utm-source'      => 'text',
		'utm-medium'      => 'text',
		'utm-campaign'    => 'text',
		'utm-content'     => 'text',
		'forward-params'  => 'params',
	);
	return array(
		'compare' => $shared + array(
			'heading'     => 'text',
			'clinic-name' => 'text',
			'columns'     => 'columns',
			'rows'        => 'rows',
			'highlight'   => array_merge( ACUPT_WIDGET_SERVICES, array( 'none' ) ),
			'footnote'    => array( 'show', 'hide' ),
		),
		'quiz'    => $shared + $booking + array(
			'heading'          => 'text',
			'clinic-name'      => 'text',
			'emergency-number' => 'number',
			'id'               => 'id',
		),
		'book'    => $shared + $booking + array(
			'service' => ACUPT_WIDGET_SERVICES,
			'label'   => 'text',
			'variant' => array( 'solid', 'outline', 'link' ),
			'size'    => array( 'sm', 'md', 'lg' ),
		),
	);
}

/**
 * A value checked against its rule, as the element will read it; null when the element would refuse it.
 *
 * @param string|string[] $rule     See acupt_widget_schema().
 * @param string          $value    A non-empty value, as saved (kses and the editors store `&` as `&amp;`).
 * @param string[]        $row_keys The rows the comparison has: built in, and added by its content overrides.
 * @return string|null
 */
function acupt_widget_clean( $rule, $value, $row_keys = ACUPT_WIDGET_ROWS ) {
	$value = trim( $value );
	if ( is_array( $rule ) ) {
		$value = strtolower( $value );
		return in_array( $value, $rule, true ) ? $value : null;
	}
	switch ( $rule ) {
		case 'text':
			$text = sanitize_text_field( $value );
			return '' === $text ? null : $text;
		case 'url':
			// Absolute http(s) only, as the book's own check: `javascript:`, `data:` and relative URLs are refused.
			$url   = html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
			$parts = wp_parse_url( $url );
			$web   = is_array( $parts ) && in_array( strtolower( $parts['scheme'] ?? '' ), array( 'http', 'https' ), true ) && ! empty( $parts['host'] );
			return $web && ! preg_match( '/[\s\x00-\x1f\x7f]/', $url ) ? $url : null;
		case 'phone':
			return preg_match( '~^\+?([ ().\/-]*\d){7,15}[ ().\/-]*$~', $value ) ? $value : null;
		case 'email':
			return preg_match( "/^[\\w.+'-]+@[a-z\\d-]+(\\.[a-z\\d-]+)+$/i", $value ) ? $value : null;
		case 'number':
			return preg_match( '/^\+?\d+$/', $value ) ? $value : null;
		case 'colour':
			return acupt_widget_is_colour( $value ) ? $value : null;
		case 'lang':
			return acupt_widget_language( $value ) ? $value : null;
		case 'id':
			return preg_match( '/^[A-Za-z][\w-]*$/', $value ) ? $value : null;
		case 'params':
			// `none`, or parameter names (`utm_*` stands for every utm parameter).
			return acupt_widget_list( $value, fn( $name ) => (bool) preg_match( '/^(none|[\w.-]+\*?)$/', $name ) );
		case 'columns':
			return acupt_widget_list( strtolower( $value ), fn( $key ) => in_array( $key, ACUPT_WIDGET_SERVICES, true ) );
		case 'rows':
			return acupt_widget_list( strtolower( $value ), fn( $key ) => in_array( $key, $row_keys, true ) );
	}
	return null;
}

/**
 * The items of a space- or comma-separated list that pass `$known`, in order, without repeats,
 * space-separated; null when none does.
 *
 * @param string   $value A list.
 * @param callable $known Whether an item is allowed.
 * @return string|null
 */
function acupt_widget_list( $value, $known ) {
	$items = array_unique( array_filter( preg_split( '/[\s,]+/', $value ), $known ) );
	return $items ? implode( ' ', $items ) : null;
}

/**
 * Whether a value is surely a CSS colour: hex, rgb()/hsl() with numbers only, or a named colour.
 * Conservative: some valid colours (`color-mix()`, `oklch()`) are refused rather than risk a bad one.
 *
 * @param string $value A trimmed value.
 * @return bool
 */
function acupt_widget_is_colour( $value ) {
	$v   = strtolower( $value );
	$num = '[-+]?(\d+(\.\d*)?|\.\d+)';
	$hue = "$num(deg|grad|rad|turn)?";
	$pct = "$num%?";
	return (bool) preg_match( '/^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/', $v )
		|| (bool) preg_match( "/^(rgb|hsl)a?\\(\\s*($hue\\s*,\\s*$pct\\s*,\\s*$pct(\\s*,\\s*$pct)?|$hue\\s+$pct\\s+$pct(\\s*\\/\\s*$pct)?)\\s*\\)$/", $v )
		|| in_array( $v, explode( ' ', ACUPT_WIDGET_COLOUR_NAMES ), true );
}

/**
 * The widget language a BCP 47 tag means (`es-MX` → `es`, `zh-TW` → `zh-Hant`), or null when the
 * plugin has no such language: the core's English and Spanish, or an add-on it ships.
 *
 * @param string $tag A language tag, or a WordPress locale (`fr_FR`).
 * @return string|null
 */
function acupt_widget_language( $tag ) {
	$tag = strtolower( str_replace( '_', '-', trim( $tag ) ) );
	// WordPress names Chinese by region (zh_CN, zh_TW); the add-ons by script.
	if ( ! preg_match( '/^[a-z]{2,3}(-[a-z\d]{1,8})*$/', $tag ) ) {
		return null;
	}
	$tag = preg_replace( array( '/^zh-(cn|sg)\b/', '/^zh-(tw|hk|mo)\b/' ), array( 'zh-hans', 'zh-hant' ), $tag );
	foreach ( array_merge( ACUPT_WIDGET_LANGUAGES, acupt_widget_addons() ) as $lang ) {
		$known = strtolower( $lang );
		if ( $tag === $known || str_starts_with( $tag, "$known-" ) ) {
			return $lang;
		}
	}
	return null;
}

/**
 * The languages this copy of the plugin can show, each by its own name.
 *
 * @return array<string, string> Language => name.
 */
function acupt_widget_language_names() {
	$names = array(
		'en'      => 'English',
		'es'      => 'Español',
		'fr'      => 'Français',
		'de'      => 'Deutsch',
		'el'      => 'Ελληνικά',
		'pt'      => 'Português',
		'zh-Hans' => '简体中文',
		'zh-Hant' => '繁體中文',
		'ko'      => '한국어',
		'vi'      => 'Tiếng Việt',
		'ar'      => 'العربية',
	);
	$shown = array();
	foreach ( array_merge( ACUPT_WIDGET_LANGUAGES, acupt_widget_addons() ) as $lang ) {
		$shown[ $lang ] = $names[ $lang ] ?? $lang;
	}
	return $shown;
}
