<?php
/**
 * What the shortcode and the block accept (vocabulary.json, written from the widgets' own attributes when the
 * plugin is packaged), and the check of one use of them. Every problem names the attribute and says what is allowed.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The plugin's own attributes, beside the widget's: how it is shown, and the iframe's first height. */
const COLLABGOV_DISPLAYS = array( 'inline', 'iframe' );

/** The vocabulary, read once per request. */
function collabgov_vocabulary() {
	static $vocabulary = null;
	if ( null === $vocabulary ) {
		$json       = file_get_contents( COLLABGOV_DIR . '/vocabulary.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin.
		$vocabulary = is_string( $json ) ? json_decode( $json, true ) : null;
		if ( ! is_array( $vocabulary ) ) {
			$vocabulary = array(
				'widgets'  => array(),
				'cases'    => array(),
				'tensions' => array(),
				'iframe'   => array(),
			);
		}
	}
	return $vocabulary;
}

/** "a", "b", "c" */
function collabgov_list( array $items ) {
	return implode(
		', ',
		array_map(
			function ( $item ) {
				return '"' . $item . '"';
			},
			$items
		)
	);
}

/**
 * Turns the attributes WordPress parsed into names and values: names in lower case with `-` (`state_key` is
 * `state-key`), a bare word such as `print-preview` is that attribute set to true.
 *
 * @param array $atts Parsed attributes.
 */
function collabgov_normalise( array $atts ) {
	$out = array();
	foreach ( $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			$name  = (string) $value;
			$value = true;
		}
		$name = str_replace( '_', '-', strtolower( trim( (string) $name ) ) );
		if ( '' === $name ) {
			continue;
		}
		$out[ $name ] = is_bool( $value ) ? $value : trim( (string) $value );
	}
	return $out;
}

/**
 * Checks one use of the shortcode or block.
 *
 * @param array $atts Its attributes (see collabgov_normalise).
 * @return array { config: array|null, errors: string[] } config: widget, display, height, attrs (name => value).
 */
function collabgov_check( array $atts ) {
	$vocabulary = collabgov_vocabulary();
	$widgets    = $vocabulary['widgets'];
	$atts       = collabgov_normalise( $atts );
	$errors     = array();

	$widget = isset( $atts['widget'] ) && is_string( $atts['widget'] ) ? $atts['widget'] : '';
	unset( $atts['widget'] );
	if ( '' === $widget ) {
		/* translators: %s: the widgets' names. */
		$errors[] = sprintf( __( 'widget is missing. Give one of %s.', 'collabgov' ), collabgov_list( array_keys( $widgets ) ) );
		return array(
			'config' => null,
			'errors' => $errors,
		);
	}
	if ( ! isset( $widgets[ $widget ] ) ) {
		/* translators: 1: the value written, 2: the widgets' names. */
		$errors[] = sprintf( __( 'widget is "%1$s", which is not a collabgov widget. Use one of %2$s.', 'collabgov' ), $widget, collabgov_list( array_keys( $widgets ) ) );
		return array(
			'config' => null,
			'errors' => $errors,
		);
	}
	$spec = $widgets[ $widget ];

	$display = isset( $atts['display'] ) && '' !== $atts['display'] ? (string) $atts['display'] : 'inline';
	unset( $atts['display'] );
	if ( ! in_array( $display, COLLABGOV_DISPLAYS, true ) ) {
		/* translators: 1: the value written, 2: the allowed values. */
		$errors[] = sprintf( __( 'display is "%1$s". Use %2$s.', 'collabgov' ), $display, collabgov_list( COLLABGOV_DISPLAYS ) );
	}
	$height = 700;
	if ( isset( $atts['height'] ) && '' !== $atts['height'] ) {
		$written = (string) $atts['height'];
		if ( ! preg_match( '/^\d{2,5}$/', $written ) || (int) $written < 80 || (int) $written > 20000 ) {
			/* translators: %s: the value written. */
			$errors[] = sprintf( __( 'height is "%s". Give the iframe\'s height in pixels, a whole number from 80 to 20000.', 'collabgov' ), $written );
		} elseif ( 'iframe' !== $display ) {
			$errors[] = __( 'height is for display="iframe" only: inline, the activity is as tall as it needs.', 'collabgov' );
		}
		$height = (int) $written;
	}
	unset( $atts['height'] );

	$has_src = isset( $atts['src'] ) && '' !== $atts['src'];
	$out     = array();
	foreach ( $atts as $name => $value ) {
		if ( ! isset( $spec['attributes'][ $name ] ) ) {
			/* translators: 1: an attribute's name, 2: the widget, 3: the attributes it has. */
			$errors[] = sprintf( __( '%1$s is not an attribute of %2$s. Its attributes: %3$s.', 'collabgov' ), $name, $widget, collabgov_list( array_merge( array( 'widget' ), array_keys( $spec['attributes'] ), array( 'display', 'height' ) ) ) );
			continue;
		}
		$rule = $spec['attributes'][ $name ];
		if ( 'boolean' === $rule['kind'] ) {
			$truth = collabgov_boolean( $value );
			if ( null === $truth ) {
				/* translators: 1: an attribute's name, 2: the value written. */
				$errors[] = sprintf( __( '%1$s is "%2$s". Use "true" or "false" (or write %1$s alone for true).', 'collabgov' ), $name, (string) $value );
			} elseif ( $truth ) {
				$out[ $name ] = '';
			}
			continue;
		}
		if ( ! is_string( $value ) ) {
			/* translators: %s: an attribute's name. */
			$errors[] = sprintf( __( '%s needs a value, such as %s="...".', 'collabgov' ), $name, $name );
			continue;
		}
		if ( '' === $value ) {
			continue;
		}
		$problem = collabgov_check_value( $name, $value, $rule, $widget, $spec, $vocabulary, $has_src );
		if ( $problem ) {
			$errors[] = $problem;
		} else {
			$out[ $name ] = $value;
		}
	}

	if ( 'iframe' === $display ) {
		foreach ( array_keys( $out ) as $name ) {
			if ( ! in_array( $name, $vocabulary['iframe'], true ) ) {
				/* translators: 1: an attribute's name, 2: the attributes the iframe takes. */
				$errors[] = sprintf( __( '%1$s cannot be given with display="iframe", whose page takes only %2$s. Leave display out to use it.', 'collabgov' ), $name, collabgov_list( $vocabulary['iframe'] ) );
			}
		}
	}

	return array(
		'config' => $errors ? null : array(
			'widget'  => $widget,
			'title'   => $spec['title'],
			'display' => $display,
			'height'  => $height,
			'attrs'   => $out,
		),
		'errors' => $errors,
	);
}

/**
 * True, false, or null for a value that is neither.
 *
 * @param mixed $value The value written.
 */
function collabgov_boolean( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	$value = strtolower( (string) $value );
	if ( in_array( $value, array( 'true', '1', 'yes', 'on' ), true ) ) {
		return true;
	}
	if ( in_array( $value, array( 'false', '0', 'no', 'off', '' ), true ) ) {
		return false;
	}
	return null;
}

/**
 * The problem with one attribute's value, or ''.
 *
 * @param string $name       The attribute.
 * @param string $value      Its value.
 * @param array  $rule       Its rule in the vocabulary.
 * @param string $widget     The widget.
 * @param array  $spec       The widget's part of the vocabulary.
 * @param array  $vocabulary The vocabulary.
 * @param bool   $has_src    Whether a lecturer's own pack is given (it may have other cases and tensions).
 */
function collabgov_check_value( $name, $value, array $rule, $widget, array $spec, array $vocabulary, $has_src ) {
	switch ( $rule['kind'] ) {
		case 'values':
			if ( in_array( $value, $rule['values'], true ) ) {
				return '';
			}
			if ( 'mode' === $name ) {
				/* translators: 1: the value written, 2: the widget, 3: its modes. */
				return sprintf( __( 'mode is "%1$s", which %2$s does not have. Its modes: %3$s.', 'collabgov' ), $value, $widget, collabgov_list( $rule['values'] ) );
			}
			/* translators: 1: an attribute's name, 2: the value written, 3: the allowed values. */
			return sprintf( __( '%1$s is "%2$s". Use %3$s.', 'collabgov' ), $name, $value, collabgov_list( $rule['values'] ) );
		case 'case':
			$ids = array_column( $vocabulary['cases'], 'id' );
			if ( $has_src || in_array( $value, $ids, true ) ) {
				return '';
			}
			/* translators: 1: the value written, 2: the cases. */
			return sprintf( __( 'case is "%1$s", which the content has no case for. Its cases: %2$s.', 'collabgov' ), $value, collabgov_list( $ids ) );
		case 'tensions':
			if ( $has_src ) {
				return '';
			}
			$unknown = array_diff( array_map( 'trim', explode( ',', $value ) ), $vocabulary['tensions'] );
			if ( ! $unknown ) {
				return '';
			}
			/* translators: 1: the unknown names, 2: the tensions. */
			return sprintf( __( 'tensions names %1$s, which the content does not have. Give some of %2$s, separated by commas.', 'collabgov' ), collabgov_list( array_values( $unknown ) ), collabgov_list( $vocabulary['tensions'] ) );
		case 'lang':
			if ( preg_match( '/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i', $value ) ) {
				return '';
			}
			/* translators: %s: the value written. */
			return sprintf( __( 'lang is "%s", which is not a language tag such as "en" or "en-GB".', 'collabgov' ), $value );
		case 'url':
			// A whole address, or one from the site's root: either means the same inline and in the iframe.
			if ( preg_match( '#^(https?://[^\s"<>]+|/[^/\s"<>][^\s"<>]*)$#i', $value ) ) {
				return '';
			}
			/* translators: 1: an attribute's name, 2: the value written. */
			return sprintf( __( '%1$s is "%2$s". Give a whole address (https://...) or one starting with / on this site.', 'collabgov' ), $name, $value );
		default:
			return '';
	}
}
