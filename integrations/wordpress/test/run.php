<?php
// `php run.php CODE < input.json`: runs CODE inside the test site's WordPress, loaded as Debian's wp-config.php finds
// it, with $input the decoded standard input. With COLLABGOV_WP_INSTALLING set, WordPress loads in install mode.
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'COLLABGOV_WP_CONFIG' );
$_SERVER['HTTP_HOST']        = getenv( 'COLLABGOV_WP_HOST' );
$_SERVER['SERVER_NAME']      = '127.0.0.1';
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['REQUEST_METHOD']   = 'GET';
if ( getenv( 'COLLABGOV_WP_INSTALLING' ) ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';
$input = json_decode( (string) stream_get_contents( STDIN ), true );
eval( $argv[1] );
