/**
 * The collabgov block in the editor: plain JavaScript on WordPress's globals, no build step. Its controls come from
 * window.collabgovVocabulary (the plugin's vocabulary.json, printed before this script), the same list the display
 * checks against. The block is dynamic: the post stores only its attributes, and the plugin prints the activity when
 * the post is shown.
 */
( function ( wp, vocabulary ) {
	if ( ! wp || ! wp.blocks || ! vocabulary ) {
		return;
	}
	var h = wp.element.createElement;
	var __ = wp.i18n.__;
	var components = wp.components;
	var blockEditor = wp.blockEditor;
	var widgets = vocabulary.widgets;
	/** Shown in the main controls; the rest go to the sidebar's "More settings". */
	var MAIN = [ 'mode', 'case' ];

	function optionsOf( values, empty ) {
		var options = empty ? [ { label: empty, value: '' } ] : [];
		return options.concat(
			values.map( function ( v ) {
				return typeof v === 'string' ? { label: v, value: v } : v;
			} )
		);
	}

	/** One attribute's control, from its rule. */
	function control( name, rule, props ) {
		var value = props.attributes[ name ];
		var set = function ( v ) {
			var change = {};
			change[ name ] = v === '' ? undefined : v;
			props.setAttributes( change );
		};
		if ( rule.kind === 'boolean' ) {
			return h( components.ToggleControl, { key: name, label: name, checked: !! value, onChange: set } );
		}
		if ( rule.kind === 'values' ) {
			return h( components.SelectControl, {
				key: name,
				label: name,
				value: value || '',
				options: optionsOf( rule.values, name === 'mode' ? null : __( '(default)', 'collabgov' ) ),
				onChange: set,
			} );
		}
		if ( rule.kind === 'case' ) {
			return h( components.SelectControl, {
				key: name,
				label: name,
				value: value || '',
				options: optionsOf(
					vocabulary.cases.map( function ( c ) {
						return { label: c.name + ' (' + c.id + ')', value: c.id };
					} ),
					__( '(none)', 'collabgov' )
				),
				onChange: set,
			} );
		}
		var help = {
			tensions: __( 'Some of, separated by commas: ', 'collabgov' ) + vocabulary.tensions.join( ', ' ),
			url: __( 'A whole address (https://...) or one starting with /', 'collabgov' ),
			height: __( 'The frame\'s first height in pixels (80 to 20000; 700 if empty); it then takes the activity\'s height.', 'collabgov' ),
		};
		return h( components.TextControl, {
			key: name,
			label: name,
			value: value || '',
			placeholder: name === 'height' ? '700' : undefined,
			help: help[ name ] || help[ rule.kind ],
			onChange: set,
		} );
	}

	function Edit( props ) {
		var a = props.attributes;
		var spec = widgets[ a.widget ];
		var chooseWidget = function ( name ) {
			// A new widget starts from its defaults: attributes of the last one may not apply to it.
			var change = {};
			Object.keys( a ).forEach( function ( k ) {
				change[ k ] = undefined;
			} );
			change.widget = name || undefined;
			props.setAttributes( change );
		};
		var main = [
			h( components.SelectControl, {
				key: 'widget',
				label: __( 'Activity', 'collabgov' ),
				value: a.widget || '',
				options: optionsOf(
					Object.keys( widgets ).map( function ( name ) {
						return { label: widgets[ name ].title + ' (' + name + ')', value: name };
					} ),
					__( 'Choose an activity', 'collabgov' )
				),
				onChange: chooseWidget,
			} ),
		];
		var more = [];
		if ( spec ) {
			Object.keys( spec.attributes ).forEach( function ( name ) {
				( MAIN.indexOf( name ) >= 0 ? main : more ).push( control( name, spec.attributes[ name ], props ) );
			} );
			main.push(
				control( 'display', { kind: 'values', values: [ 'inline', 'iframe' ] }, props ),
				a.display === 'iframe' ? control( 'height', { kind: 'text' }, props ) : null
			);
		}
		return h(
			'div',
			blockEditor.useBlockProps(),
			h(
				components.Placeholder,
				{
					icon: 'groups',
					label: spec ? 'collabgov: ' + spec.title : __( 'collabgov activity', 'collabgov' ),
					instructions: __( 'Readers see the activity when the post is shown (preview the post to try it). A student\'s work is saved in their browser.', 'collabgov' ),
				},
				h( 'div', { style: { width: '100%' } }, main )
			),
			more.length
				? h( blockEditor.InspectorControls, null, h( components.PanelBody, { title: __( 'More settings', 'collabgov' ) }, more ) )
				: null
		);
	}

	wp.blocks.registerBlockType( 'collabgov/widget', {
		edit: Edit,
		save: function () {
			return null;
		},
	} );
} )( window.wp, window.collabgovVocabulary );
