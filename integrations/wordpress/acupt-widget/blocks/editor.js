/**
 * The editor side of acupt/compare, acupt/quiz and acupt/book: the common settings in the block's
 * sidebar and a live preview that is the widget's own element. Plain JavaScript against the wp.*
 * globals, no build step. The blocks save nothing but their settings: PHP renders them.
 */
( ( { blocks, element, blockEditor, components, i18n } ) => {
	const el = element.createElement;
	const { InspectorControls, useBlockProps } = blockEditor;
	const { PanelBody, TextControl, TextareaControl, SelectControl, ToggleControl, FormTokenField } = components;
	const { __ } = i18n;

	/** A menu whose first choice, "Default", leaves the setting unset. */
	const menu = ( pairs ) => [ { value: '', label: __( 'Default', 'acupt-widget' ) }, ...Object.entries( pairs ).map( ( [ value, label ] ) => ( { value, label } ) ) ];
	const SERVICES = { acupuncture: __( 'Acupuncture', 'acupt-widget' ), pt: __( 'Physical therapy', 'acupt-widget' ), both: __( 'Both', 'acupt-widget' ) };
	const ROWS = [ 'pain', 'cause', 'session', 'stress', 'recovery', 'risks', 'insurance', 'evidence' ];
	const SITE = __( 'Empty: the site-wide setting (Settings → Acupuncture & PT widget).', 'acupt-widget' );

	// Fields are [attribute, kind, label, choices or help, default]; kinds: text, menu, tokens, toggle, json.
	const BOOKING = [
		__( 'Booking', 'acupt-widget' ),
		[
			[ 'bookingUrl', 'text', __( 'Booking page', 'acupt-widget' ), SITE ],
			[ 'phone', 'text', __( 'Phone', 'acupt-widget' ), SITE ],
			[ 'email', 'text', __( 'Email', 'acupt-widget' ), SITE ],
		],
	];
	const PANELS = {
		compare: [
			[
				__( 'Table', 'acupt-widget' ),
				[
					[ 'heading', 'text', __( 'Heading', 'acupt-widget' ) ],
					[ 'columns', 'tokens', __( 'Columns, in order', 'acupt-widget' ), Object.keys( SERVICES ) ],
					[ 'rows', 'tokens', __( 'Rows, in order (add your own in “Your own words”)', 'acupt-widget' ), ROWS ],
					[ 'highlight', 'menu', __( 'Highlight', 'acupt-widget' ), menu( { none: __( 'None', 'acupt-widget' ), ...SERVICES } ) ],
					[ 'footnote', 'toggle', __( 'Show the disclaimer and sources', 'acupt-widget' ), [ 'show', 'hide' ] ],
					[ 'clinicName', 'text', __( 'Clinic name', 'acupt-widget' ), SITE ],
				],
			],
		],
		quiz: [
			[
				__( 'Quiz', 'acupt-widget' ),
				[
					[ 'heading', 'text', __( 'Heading', 'acupt-widget' ) ],
					[ 'clinicName', 'text', __( 'Clinic name', 'acupt-widget' ), SITE ],
					[ 'emergencyNumber', 'text', __( 'Emergency number', 'acupt-widget' ), SITE ],
				],
			],
			BOOKING,
		],
		book: [
			[
				__( 'Button', 'acupt-widget' ),
				[
					[ 'label', 'text', __( 'Label', 'acupt-widget' ) ],
					[ 'service', 'menu', __( 'Service', 'acupt-widget' ), menu( SERVICES ) ],
					[ 'variant', 'menu', __( 'Style', 'acupt-widget' ), menu( { solid: __( 'Solid', 'acupt-widget' ), outline: __( 'Outline', 'acupt-widget' ), link: __( 'Text link', 'acupt-widget' ) } ) ],
					[ 'size', 'menu', __( 'Size', 'acupt-widget' ), menu( { sm: __( 'Small', 'acupt-widget' ), md: __( 'Medium', 'acupt-widget' ), lg: __( 'Large', 'acupt-widget' ) } ) ],
					[ 'target', 'toggle', __( 'Open the booking page in a new tab', 'acupt-widget' ), [ '_blank', '_self' ], '_self' ],
				],
			],
			BOOKING,
		],
	};
	const COMMON = [
		[
			__( 'Language and look', 'acupt-widget' ),
			[
				[ 'lang', 'menu', __( 'Language', 'acupt-widget' ), menu( window.acuptWidgetLanguages ) ],
				[ 'theme', 'menu', __( 'Theme', 'acupt-widget' ), menu( { light: __( 'Light', 'acupt-widget' ), dark: __( 'Dark', 'acupt-widget' ), auto: __( 'The visitor’s system setting', 'acupt-widget' ) } ) ],
				[ 'density', 'menu', __( 'Spacing', 'acupt-widget' ), menu( { comfortable: __( 'Comfortable', 'acupt-widget' ), compact: __( 'Compact', 'acupt-widget' ) } ) ],
				[ 'accent', 'text', __( 'Accent colour (#0b6e63, teal…)', 'acupt-widget' ), SITE ],
			],
		],
		[ __( 'Your own words', 'acupt-widget' ), [ [ 'overrides', 'json', __( 'Texts to replace, as JSON', 'acupt-widget' ) ] ], false ],
	];

	/** One sidebar control; an empty value unsets the attribute. */
	function control( [ name, kind, label, extra, byDefault ], attributes, setAttributes ) {
		const value = attributes[ name ];
		const set = ( next ) => setAttributes( { [ name ]: next || undefined } );
		const common = { key: name, label, value: value || '', onChange: set };
		switch ( kind ) {
			case 'menu':
				return el( SelectControl, { ...common, options: extra } );
			case 'tokens':
				return el( FormTokenField, {
					...common,
					value: value ? value.split( ' ' ) : [],
					suggestions: extra,
					__experimentalExpandOnFocus: true,
					onChange: ( tokens ) => set( tokens.join( ' ' ) ),
				} );
			case 'toggle': {
				// The values when checked and unchecked; the element's default is `on` unless given.
				const [ on, off ] = extra;
				const fallback = byDefault || on;
				return el( ToggleControl, {
					key: name,
					label,
					checked: ( value || fallback ) === on,
					onChange: ( checked ) => {
						const next = checked ? on : off;
						set( next === fallback ? '' : next );
					},
				} );
			}
			case 'json':
				return el( TextareaControl, {
					...common,
					rows: 8,
					help: __( 'For example { "heading": "How we treat back pain" }. See Help on the settings page.', 'acupt-widget' ),
				} );
			default:
				return el( TextControl, { ...common, help: extra } );
		}
	}

	/**
	 * Keeps the preview in the editor: a book's click would leave it. In an iframed editor canvas the
	 * element needs the widget's script in that frame too: a copy of the page's tag (data- defaults,
	 * integrity and all).
	 */
	function guard( node ) {
		if ( ! node ) return;
		node.addEventListener( 'acupt-book-click', ( event ) => event.preventDefault() );
		const frame = node.ownerDocument;
		const tag = document.getElementById( 'acupt-widget-js' );
		if ( frame !== document && tag && ! frame.getElementById( tag.id ) ) {
			const copy = frame.createElement( 'script' );
			for ( const { name, value } of tag.attributes ) copy.setAttribute( name, value );
			frame.head.append( copy );
		}
	}

	/** The element itself, with the block's settings as its attributes (`bookingUrl` → `booking-url`). */
	function Preview( { tag, attributes } ) {
		const props = { ref: element.useCallback( guard, [] ) };
		for ( const [ name, value ] of Object.entries( attributes ) ) {
			if ( value && name !== 'overrides' && name !== 'className' && name !== 'align' ) {
				props[ name.replace( /[A-Z]/g, ( c ) => `-${ c.toLowerCase() }` ) ] = value;
			}
		}
		return el( tag, props, attributes.overrides ? el( 'script', { type: 'application/json' }, attributes.overrides ) : null );
	}

	for ( const [ name, panels ] of Object.entries( PANELS ) ) {
		blocks.registerBlockType( `acupt/${ name }`, {
			edit: ( { attributes, setAttributes } ) =>
				el(
					element.Fragment,
					null,
					el(
						InspectorControls,
						null,
						[ ...panels, ...COMMON ].map( ( [ title, fields, open ] ) =>
							el( PanelBody, { key: title, title, initialOpen: open !== false }, fields.map( ( field ) => control( field, attributes, setAttributes ) ) )
						)
					),
					el( 'div', useBlockProps(), el( Preview, { tag: `acupt-${ name }`, attributes } ) )
				),
			save: () => null,
		} );
	}
} )( window.wp );
