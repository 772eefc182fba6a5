<?php
/**
 * What a reader gets for one shortcode or block: the widget's mount point and its script, the iframe and its resizer,
 * or a panel naming what is wrong. Printed at display time, so no role's post filtering touches it.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * One activity's HTML.
 *
 * @param array  $atts  Attributes of the shortcode or block.
 * @param string $where 'shortcode' or 'block', named in an error.
 */
function collabgov_render( array $atts, $where ) {
	$checked = collabgov_check( $atts );
	if ( ! $checked['config'] ) {
		return collabgov_error_panel( $checked['errors'], $where );
	}
	$config = $checked['config'];
	$attrs  = $config['attrs'];
	if ( ! isset( $attrs['state-key'] ) ) {
		$key = collabgov_default_state_key( $config['widget'], $attrs );
		if ( $key ) {
			$attrs['state-key'] = $key;
		}
	}
	$class = 'block' === $where ? '' : 'collabgov';
	if ( 'iframe' === $config['display'] ) {
		return collabgov_iframe( $config, $attrs, $where, $class );
	}
	wp_enqueue_script( 'collabgov' );
	$html = ' data-collabgov="' . esc_attr( $config['widget'] ) . '"';
	foreach ( $attrs as $name => $value ) {
		$html .= ' data-' . esc_attr( $name ) . '="' . esc_attr( $value ) . '"';
	}
	return '<div ' . collabgov_wrapper( $where, $class ) . $html . '><p>' . esc_html__( 'This activity needs JavaScript.', 'collabgov' ) . '</p></div>';
}

/**
 * The iframe of dist/embed.html, and its resizer script.
 *
 * @param array  $config The checked use.
 * @param array  $attrs  Its widget attributes (those the iframe page reads).
 * @param string $where  'shortcode' or 'block'.
 * @param string $class  The shortcode's class.
 */
function collabgov_iframe( array $config, array $attrs, $where, $class ) {
	wp_enqueue_script( 'collabgov-resizer' );
	// The frame is a page of its own: without a `lang`, it takes the site's language (a widget in the post takes the
	// page's `<html lang>` by itself). English sites add nothing, so their frames' addresses stay as they were.
	$site = (string) get_bloginfo( 'language' );
	if ( ! isset( $attrs['lang'] ) && '' !== $site && 0 !== stripos( $site, 'en' ) ) {
		$attrs['lang'] = $site;
	}
	$src = add_query_arg( array_map( 'rawurlencode', array_merge( array( 'widget' => $config['widget'] ), $attrs ) ), plugins_url( 'dist/embed.html', COLLABGOV_DIR . '/collabgov.php' ) );
	return '<div ' . collabgov_wrapper( $where, $class ) . '><iframe src="' . esc_url( $src ) . '" title="' . esc_attr( $config['title'] ) . '" style="width:100%;height:' . (int) $config['height'] . 'px;border:0"></iframe></div>';
}

/**
 * The outer element's class (and, for a block, the classes and styles the editor gave it).
 *
 * @param string $where 'shortcode' or 'block'.
 * @param string $class The shortcode's class.
 */
function collabgov_wrapper( $where, $class ) {
	$attributes = 'block' === $where ? get_block_wrapper_attributes() : '';
	return $attributes ? $attributes : 'class="' . esc_attr( $class ? $class : 'wp-block-collabgov-widget' ) . '"';
}

/** Each rendering of a post's content counts its activities from the first. */
$GLOBALS['collabgov_seen'] = array();
add_filter(
	'the_content',
	function ( $content ) {
		$GLOBALS['collabgov_seen'] = array();
		return $content;
	},
	0
);

/**
 * A key for the student's saved work that stays when the post's address changes: the site, the post, the mode and
 * case, and a count for a second activity alike in the same post. None outside a post (the widget then makes its own).
 *
 * @param string $widget The widget.
 * @param array  $attrs  Its attributes.
 */
function collabgov_default_state_key( $widget, array $attrs ) {
	global $collabgov_seen;
	$post = get_the_ID();
	if ( ! $post ) {
		return '';
	}
	$vocabulary = collabgov_vocabulary();
	$mode       = isset( $attrs['mode'] ) ? $attrs['mode'] : $vocabulary['widgets'][ $widget ]['modes'][0];
	$key        = implode( '-', array_filter( array( 'wp', get_current_blog_id(), $post, $mode, isset( $attrs['case'] ) ? $attrs['case'] : '' ) ) );
	// Counted per widget (the saved work's key also holds the widget's tag) and per rendering of the post's content.
	$count = isset( $collabgov_seen[ $widget ][ $key ] ) ? $collabgov_seen[ $widget ][ $key ] + 1 : 1;
	$collabgov_seen[ $widget ][ $key ] = $count;
	return $count > 1 ? $key . '-' . $count : $key;
}

/**
 * The panel shown instead of an activity whose attributes are wrong: visible to every reader, since a student who
 * sees it can tell the lecturer, where a blank space says nothing.
 *
 * @param string[] $errors The problems, each naming its attribute.
 * @param string   $where  'shortcode' or 'block'.
 */
function collabgov_error_panel( array $errors, $where ) {
	$title = 'block' === $where
		? __( 'This collabgov activity could not start. In its block:', 'collabgov' )
		: __( 'This collabgov activity could not start. In its [collabgov] shortcode:', 'collabgov' );
	$items = '';
	foreach ( $errors as $error ) {
		$items .= '<li>' . esc_html( $error ) . '</li>';
	}
	return '<div class="collabgov-error" role="alert" style="padding:1em;border:2px solid #a4262c;background:#fbe3e4;color:#1b1f24">'
		. '<p style="margin:0 0 .5em"><strong>' . esc_html( $title ) . '</strong></p><ul style="margin:0">' . $items . '</ul></div>';
}
