<?php
/**
 * Settings → Acupuncture & PT widget: the site-wide defaults of every widget, stored in one
 * option, `acupt_widget`, keyed by the elements' attribute names and printed as the script's
 * `data-` attributes. A shortcode's or block's own setting wins.
 *
 * @package acupt-widget
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings page's fields by section: attribute => label, help, and the choices of a menu.
 *
 * @return array<string, array{0: string, 1: array<string, array{0: string, 1: string, 2?: array<string, string>}>}>
 */
function acupt_widget_setting_fields() {
	/* translators: %s: a treatment */
	$service = __( 'Used instead of the general booking page when the quiz recommends %s, and by a book button for it.', 'acupt-widget' );
	$lang    = array( '' => sprintf( /* translators: %s: a language tag such as en-US */ __( 'The site’s language (%s)', 'acupt-widget' ), get_bloginfo( 'language' ) ) );
	return array(
		'clinic'  => array(
			__( 'Your clinic', 'acupt-widget' ),
			array(
				'clinic-name'      => array( __( 'Clinic name', 'acupt-widget' ), __( 'Shown above the quiz and under the table’s heading.', 'acupt-widget' ) ),
				'phone'            => array( __( 'Phone', 'acupt-widget' ), __( 'Offered as a way to book, e.g. +1 555 010 2000: 7 to 15 digits, spaces and ( ) . - / allowed.', 'acupt-widget' ) ),
				'email'            => array( __( 'Email', 'acupt-widget' ), __( 'Offered as a way to book.', 'acupt-widget' ) ),
				'emergency-number' => array( __( 'Emergency number', 'acupt-widget' ), __( 'The number the quiz tells people with warning signs to call. Digits only; 911 when empty.', 'acupt-widget' ) ),
			),
		),
		'booking' => array(
			__( 'Booking pages', 'acupt-widget' ),
			array(
				'booking-url'     => array( __( 'Booking page', 'acupt-widget' ), __( 'Your online booking page (Jane, Cal.com, Calendly…), starting with https://.', 'acupt-widget' ) ),
				'acupuncture-url' => array( __( 'Acupuncture booking page', 'acupt-widget' ), sprintf( $service, __( 'acupuncture', 'acupt-widget' ) ) ),
				'pt-url'          => array( __( 'Physical therapy booking page', 'acupt-widget' ), sprintf( $service, __( 'physical therapy', 'acupt-widget' ) ) ),
				'both-url'        => array( __( 'Booking page for both', 'acupt-widget' ), sprintf( $service, __( 'both', 'acupt-widget' ) ) ),
			),
		),
		'look'    => array(
			__( 'Language and look', 'acupt-widget' ),
			array(
				'lang'      => array( __( 'Language', 'acupt-widget' ), __( 'What visitors read. A shortcode or block can choose another.', 'acupt-widget' ), $lang + acupt_widget_language_names() ),
				'accent'    => array( __( 'Accent colour', 'acupt-widget' ), __( 'Your brand colour, e.g. #0b6e63 or rgb(11 110 99); text on it stays readable.', 'acupt-widget' ) ),
				'theme'     => array(
					__( 'Theme', 'acupt-widget' ),
					'',
					array(
						''     => __( 'Light', 'acupt-widget' ),
						'dark' => __( 'Dark', 'acupt-widget' ),
						'auto' => __( 'The visitor’s system setting', 'acupt-widget' ),
					),
				),
				'analytics' => array(
					__( 'Analytics', 'acupt-widget' ),
					__( 'The widget sets no cookies and sends nothing anywhere. With Google Tag Manager on your site, it can push its events (quiz started, completed, booking chosen) to the dataLayer.', 'acupt-widget' ),
					array(
						''          => __( 'None', 'acupt-widget' ),
						'datalayer' => __( 'Push events to the dataLayer', 'acupt-widget' ),
					),
				),
			),
		),
	);
}

/**
 * Each setting's rule, as the elements check the attribute it sets.
 *
 * @return array<string, string|string[]>
 */
function acupt_widget_setting_rules() {
	$schema = acupt_widget_schema();
	$rules  = $schema['quiz'] + $schema['book'];
	return array_intersect_key( $rules, array_merge( ...array_map( fn( $section ) => $section[1], array_values( acupt_widget_setting_fields() ) ) ) );
}

add_action( 'admin_init', 'acupt_widget_register_settings' );

/** The option, its sections and fields (Settings API). */
function acupt_widget_register_settings() {
	register_setting(
		'acupt_widget',
		'acupt_widget',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'acupt_widget_sanitize_settings',
			'default'           => array(),
		)
	);
	foreach ( acupt_widget_setting_fields() as $section => list( $title, $fields ) ) {
		add_settings_section( "acupt-widget-$section", $title, null, 'acupt-widget' );
		foreach ( $fields as $name => $field ) {
			add_settings_field(
				"acupt-widget-$name",
				$field[0],
				'acupt_widget_settings_field',
				'acupt-widget',
				"acupt-widget-$section",
				array(
					'label_for' => "acupt-widget-$name",
					'name'      => $name,
					'help'      => $field[1],
					'choices'   => $field[2] ?? null,
				)
			);
		}
	}
}

/**
 * One field: a menu, or a text box typed for what it holds (url, tel, email).
 *
 * @param array{label_for: string, name: string, help: string, choices: array<string, string>|null} $args See acupt_widget_register_settings().
 */
function acupt_widget_settings_field( $args ) {
	$name  = $args['name'];
	$value = acupt_widget_settings()[ $name ] ?? '';
	$help  = $args['help'] ? sprintf( ' aria-describedby="%s-help"', esc_attr( $args['label_for'] ) ) : '';
	if ( $args['choices'] ) {
		printf( '<select id="%s" name="acupt_widget[%s]"%s>', esc_attr( $args['label_for'] ), esc_attr( $name ), $help ); // phpcs:ignore WordPress.Security.EscapeOutput -- built from escaped parts.
		foreach ( $args['choices'] as $choice => $label ) {
			printf( '<option value="%s"%s>%s</option>', esc_attr( $choice ), selected( $value, $choice, false ), esc_html( $label ) );
		}
		echo '</select>';
	} else {
		$type = array(
			'phone' => 'tel',
			'email' => 'email',
		)[ $name ] ?? ( str_ends_with( $name, '-url' ) ? 'url' : 'text' );
		printf(
			'<input type="%s" id="%s" name="acupt_widget[%s]" value="%s" class="regular-text"%s>',
			esc_attr( $type ),
			esc_attr( $args['label_for'] ),
			esc_attr( $name ),
			esc_attr( $value ),
			$help // phpcs:ignore WordPress.Security.EscapeOutput -- built from escaped parts.
		);
	}
	if ( $args['help'] ) {
		printf( '<p class="description" id="%s-help">%s</p>', esc_attr( $args['label_for'] ), esc_html( $args['help'] ) );
	}
}

/**
 * Keeps the settings the elements would accept; each refused one is named in a notice.
 *
 * @param mixed $input The submitted values.
 * @return array<string, string>
 */
function acupt_widget_sanitize_settings( $input ) {
	$labels = array_merge( ...array_map( fn( $section ) => $section[1], array_values( acupt_widget_setting_fields() ) ) );
	$clean  = array();
	foreach ( acupt_widget_setting_rules() as $name => $rule ) {
		$value = is_array( $input ) && is_string( $input[ $name ] ?? null ) ? trim( $input[ $name ] ) : '';
		if ( '' === $value ) {
			continue;
		}
		$checked = acupt_widget_clean( $rule, $value );
		if ( null !== $checked ) {
			$clean[ $name ] = $checked;
			continue;
		}
		// WordPress sanitizes twice when the option is first added: one notice per field.
		$code = "acupt-widget-$name";
		if ( ! in_array( $code, wp_list_pluck( get_settings_errors( 'acupt_widget' ), 'code' ), true ) ) {
			/* translators: 1: a setting's name, 2: the value typed, 3: what the setting accepts */
			$message = __( '%1$s: “%2$s” was not saved; it must be %3$s.', 'acupt-widget' );
			add_settings_error( 'acupt_widget', $code, sprintf( $message, esc_html( $labels[ $name ][0] ), esc_html( $value ), esc_html( acupt_widget_rule_hint( $rule ) ) ) );
		}
	}
	return $clean;
}

/**
 * What a rule accepts, for a notice.
 *
 * @param string|string[] $rule See acupt_widget_schema().
 * @return string
 */
function acupt_widget_rule_hint( $rule ) {
	$hints = array(
		'url'    => __( 'an address starting with https:// or http://', 'acupt-widget' ),
		'phone'  => __( 'a phone number of 7 to 15 digits', 'acupt-widget' ),
		'email'  => __( 'a plain email address', 'acupt-widget' ),
		'number' => __( 'digits, with an optional leading +', 'acupt-widget' ),
		'colour' => __( 'a CSS colour such as #0b6e63, rgb(11 110 99) or teal', 'acupt-widget' ),
		'lang'   => __( 'a language the widget has', 'acupt-widget' ),
	);
	/* translators: %s: a list of values */
	return is_array( $rule ) ? sprintf( __( 'one of %s', 'acupt-widget' ), implode( ', ', $rule ) ) : ( $hints[ $rule ] ?? $rule );
}

add_action( 'admin_menu', 'acupt_widget_add_settings_page' );

/** Settings → Acupuncture & PT widget, for those who may manage options. */
function acupt_widget_add_settings_page() {
	$title = __( 'Acupuncture & PT widget', 'acupt-widget' );
	$page  = add_options_page( $title, $title, 'manage_options', 'acupt-widget', 'acupt_widget_settings_page' );
	add_action( "load-$page", 'acupt_widget_settings_help' );
}

/** The page: Settings API form, with where to find help. */
function acupt_widget_settings_page() {
	$readme = esc_url( plugins_url( 'readme.txt', ACUPT_WIDGET_FILE ) );
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p>
			<?php esc_html_e( 'These are the defaults of every widget on the site; a block’s or shortcode’s own setting wins. Empty fields use the widget’s defaults.', 'acupt-widget' ); ?>
			<?php
			/* translators: %s: link to the plugin's readme */
			printf( esc_html__( 'How to place the widgets: Help, at the top of this page, or the %s.', 'acupt-widget' ), '<a href="' . $readme . '">' . esc_html__( 'plugin’s readme', 'acupt-widget' ) . '</a>' ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped above.
			?>
		</p>
		<form action="options.php" method="post">
			<?php
			settings_fields( 'acupt_widget' );
			do_settings_sections( 'acupt-widget' );
			submit_button();
			?>
		</form>
	</div>
	<?php
}

/** The page's Help tabs: blocks, shortcodes, content overrides. */
function acupt_widget_settings_help() {
	$screen = get_current_screen();
	$code   = fn( $text ) => '<code>' . esc_html( $text ) . '</code>';
	$screen->add_help_tab(
		array(
			'id'      => 'acupt-widget-blocks',
			'title'   => __( 'Blocks', 'acupt-widget' ),
			'content' => '<p>' . esc_html__( 'In the block editor, add “Acupuncture or PT: comparison”, “… quiz” or “… book button” (search “acupuncture”). Their settings are in the block’s sidebar; the preview shows the widget as visitors will see it.', 'acupt-widget' ) . '</p>',
		)
	);
	$screen->add_help_tab(
		array(
			'id'      => 'acupt-widget-shortcodes',
			'title'   => __( 'Shortcodes', 'acupt-widget' ),
			'content' => '<p>' . sprintf(
				/* translators: 1, 2, 3: shortcodes, 4: an example */
				esc_html__( 'Anywhere else, including the classic editor: %1$s, %2$s, %3$s. Every attribute of the widget works, with underscores: %4$s.', 'acupt-widget' ),
				$code( '[acupt_compare]' ),
				$code( '[acupt_quiz]' ),
				$code( '[acupt_book]' ),
				$code( '[acupt_book service="pt" label="Book physical therapy" booking_url="https://…"]' )
			) . '</p>',
		)
	);
	$screen->add_help_tab(
		array(
			'id'      => 'acupt-widget-overrides',
			'title'   => __( 'Your own words', 'acupt-widget' ),
			'content' => '<p>' . sprintf(
				/* translators: %s: an example */
				esc_html__( 'Replace any text with JSON between the shortcode’s tags, or in the block’s “Your own words” box: %s.', 'acupt-widget' ),
				$code( '[acupt_compare]{ "heading": "How we treat back pain" }[/acupt_compare]' )
			) . '</p>',
		)
	);
	$screen->set_help_sidebar( '<p><a href="' . esc_url( plugins_url( 'readme.txt', ACUPT_WIDGET_FILE ) ) . '">' . esc_html__( 'The plugin’s readme', 'acupt-widget' ) . '</a></p>' );
}

add_filter( 'plugin_action_links_' . plugin_basename( ACUPT_WIDGET_FILE ), 'acupt_widget_action_links' );

/**
 * A Settings link on the Plugins screen.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function acupt_widget_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=acupt-widget' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'acupt-widget' ) . '</a>' );
	return $links;
}
