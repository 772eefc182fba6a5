<?php
// The editor script's dependencies (what a build step would write): it is plain JavaScript using WordPress's globals.
return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n' ),
	'version'      => '{{version}}',
);
