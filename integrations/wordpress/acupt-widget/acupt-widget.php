<?php
/**
 * Plugin Name:       Acupuncture & PT widget
 * Description:       A comparison table, a safety-first quiz and a booking button that help people with back pain choose between acupuncture, physical therapy or both, and book with your clinic. Blocks and shortcodes; no cookies, no CDN.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       acupt-widget
 *
 * @package acupt-widget
 */

defined( 'ABSPATH' ) || exit;

const ACUPT_WIDGET_VERSION = '0.1.0';
const ACUPT_WIDGET_FILE    = __FILE__;
const ACUPT_WIDGET_DIR     = __DIR__;

require ACUPT_WIDGET_DIR . '/includes/attributes.php';
require ACUPT_WIDGET_DIR . '/includes/assets.php';
require ACUPT_WIDGET_DIR . '/includes/render.php';
require ACUPT_WIDGET_DIR . '/includes/shortcodes.php';
require ACUPT_WIDGET_DIR . '/includes/blocks.php';
if ( is_admin() ) {
	require ACUPT_WIDGET_DIR . '/includes/settings.php';
}
