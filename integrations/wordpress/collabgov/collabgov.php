<?php
/**
 * Plugin Name:       collabgov
 * Description:       Teaching activities on how collaborations between public, private and voluntary organisations are governed, for any post or page: the [collabgov] shortcode and the collabgov block. Works for every role that can write a post; nobody uploads a script.
 * Version:           {{version}}
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       collabgov
 *
 * How it works: the shortcode and the block are text in the post, which WordPress keeps for every role (it removes
 * <script> and <iframe> from the posts of authors and contributors). At display time the plugin checks their
 * attributes against vocabulary.json (every attribute of every widget, written when the plugin is packaged), prints
 * the widget's mount point (or an iframe of dist/embed.html), and enqueues the script it needs from dist/, on that
 * page only. A mistake in the attributes shows a panel naming it. The plugin stores nothing in the database.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'COLLABGOV_VERSION', '{{version}}' );
define( 'COLLABGOV_DIR', __DIR__ );

require_once __DIR__ . '/includes/vocabulary.php';
require_once __DIR__ . '/includes/render.php';

add_action( 'init', 'collabgov_init' );

/** Registers the scripts, the shortcode and the block. */
function collabgov_init() {
	$dist = plugins_url( 'dist/', __FILE__ );
	wp_register_script( 'collabgov', $dist . 'collabgov.iife.js', array(), COLLABGOV_VERSION, true );
	wp_register_script( 'collabgov-resizer', $dist . 'embed-resizer.js', array(), COLLABGOV_VERSION, true );

	add_shortcode( 'collabgov', 'collabgov_shortcode' );

	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'collabgov_render_block' ) );
}

add_action( 'enqueue_block_editor_assets', 'collabgov_editor_vocabulary' );

/** The editor script builds its controls from the same vocabulary the display checks against. */
function collabgov_editor_vocabulary() {
	$block = WP_Block_Type_Registry::get_instance()->get_registered( 'collabgov/widget' );
	if ( $block && ! empty( $block->editor_script_handles ) ) {
		wp_add_inline_script(
			$block->editor_script_handles[0],
			'window.collabgovVocabulary = ' . wp_json_encode( collabgov_vocabulary(), JSON_HEX_TAG | JSON_HEX_AMP ) . ';',
			'before'
		);
	}
}

/**
 * [collabgov widget="form-picker" mode="quiz" case="lsp" state-key="week3" display="iframe" height="700" ...]
 *
 * @param array|string $atts Attributes as WordPress parsed them ('' when there are none).
 */
function collabgov_shortcode( $atts ) {
	return collabgov_render( is_array( $atts ) ? $atts : array(), 'shortcode' );
}

/**
 * The block's display: the same as the shortcode's.
 *
 * @param array $attributes The block's attributes.
 */
function collabgov_render_block( $attributes ) {
	return collabgov_render( is_array( $attributes ) ? $attributes : array(), 'block' );
}
