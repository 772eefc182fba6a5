<?php
// The web server's part for `php -S 127.0.0.1:PORT -t /usr/share/wordpress router.php`, as Debian's Apache set-up
// does it: the site's config is named as Apache's `SetEnv WORDPRESS_CONFIG` would (Debian's wp-config.php reads
// /etc/wordpress/config-<name>.php), /wp-content/ is served from the site's content folder with real MIME types,
// PHP files run, static files are served by php -S, and every other address goes to index.php (pretty permalinks,
// as Debian's .htaccess rewrites them). Kept at the top level: WordPress's files expect to run in the global scope.
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'COLLABGOV_WP_CONFIG' );
$collabgov_path              = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
$collabgov_root              = '/usr/share/wordpress';
if ( strpos( $collabgov_path, '..' ) !== false ) {
	http_response_code( 400 );
	return true;
}
if ( strpos( $collabgov_path, '/wp-content/' ) === 0 ) {
	$collabgov_file = getenv( 'COLLABGOV_WP_CONTENT' ) . substr( $collabgov_path, strlen( '/wp-content' ) );
	$collabgov_ext  = strtolower( pathinfo( $collabgov_file, PATHINFO_EXTENSION ) );
	$collabgov_mime = array(
		'js'    => 'text/javascript',
		'css'   => 'text/css',
		'html'  => 'text/html; charset=utf-8',
		'json'  => 'application/json',
		'svg'   => 'image/svg+xml',
		'png'   => 'image/png',
		'jpg'   => 'image/jpeg',
		'webp'  => 'image/webp',
		'woff2' => 'font/woff2',
		'txt'   => 'text/plain; charset=utf-8',
	);
	if ( 'php' === $collabgov_ext || ! is_file( $collabgov_file ) ) {
		http_response_code( 404 );
		return true;
	}
	header( 'Content-Type: ' . ( isset( $collabgov_mime[ $collabgov_ext ] ) ? $collabgov_mime[ $collabgov_ext ] : 'application/octet-stream' ) );
	header( 'Content-Length: ' . filesize( $collabgov_file ) );
	readfile( $collabgov_file );
	return true;
}
$collabgov_file = $collabgov_root . $collabgov_path;
if ( is_dir( $collabgov_file ) ) {
	$collabgov_file = rtrim( $collabgov_file, '/' ) . '/index.php';
}
if ( is_file( $collabgov_file ) && substr( $collabgov_file, -4 ) !== '.php' ) {
	return false;
}
if ( ! is_file( $collabgov_file ) ) {
	$collabgov_file = $collabgov_root . '/index.php';
}
$_SERVER['SCRIPT_FILENAME'] = $collabgov_file;
$_SERVER['SCRIPT_NAME']     = substr( $collabgov_file, strlen( $collabgov_root ) );
$_SERVER['PHP_SELF']        = $_SERVER['SCRIPT_NAME'];
chdir( dirname( $collabgov_file ) );
require $collabgov_file;
