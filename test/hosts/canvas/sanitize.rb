# Canvas LMS's rich-content sanitizer, reproduced with the `sanitize` gem (Debian: ruby-sanitize) configured with
# the allowlist values of Canvas's gems/canvas_sanitize (a stored older version; values only, written here).
# Reads HTML on stdin, writes what Canvas would keep on stdout. Used by test/e2e/canvas.test.mjs.
require 'sanitize'

ELEMENTS = %w[
  a b blockquote br caption cite code col hr h1 h2 h3 h4 h5 h6 h7 h8 del ins iframe font colgroup dd div dl dt em
  figure figcaption i img li ol p pre q small span strike strong sub sup table tbody td tfoot th thead tr u ul
  object embed param video audio
].freeze

ARIA = %w[
  aria-labelledby aria-atomic aria-busy aria-controls aria-describedby aria-disabled aria-dropeffect aria-flowto
  aria-grabbed aria-haspopup aria-hidden aria-invalid aria-label aria-live aria-owns aria-relevant aria-autocomplete
  aria-checked aria-expanded aria-level aria-multiline aria-multiselectable aria-orientation aria-pressed
  aria-readonly aria-required aria-selected aria-sort aria-valuemax aria-valuemin aria-valuenow aria-valuetext
].freeze

ATTRIBUTES = {
  all: %w[style class id title role lang dir] + ARIA,
  'a' => %w[href target name],
  'blockquote' => %w[cite],
  'col' => %w[span width],
  'colgroup' => %w[span width],
  'img' => %w[align alt height src width],
  'iframe' => %w[src width height name align frameborder scrolling sandbox allowfullscreen webkitallowfullscreen mozallowfullscreen],
  'ol' => %w[start type],
  'q' => %w[cite],
  'table' => %w[summary width border cellpadding cellspacing center frame rules],
  'tr' => %w[align valign dir],
  'td' => %w[abbr axis colspan rowspan width align valign dir],
  'th' => %w[abbr axis colspan rowspan width align valign dir scope],
  'ul' => %w[type],
  'param' => %w[name value],
  'object' => %w[width height style data type classid codebase],
  'embed' => %w[name src type allowfullscreen pluginspage wmode allowscriptaccess width height],
  'video' => %w[name src allowfullscreen muted poster width height],
  'audio' => %w[name src muted],
  'font' => %w[face color size]
}.freeze

WEB = ['http', 'https', :relative].freeze
PROTOCOLS = {
  'a' => { 'href' => ['ftp', 'http', 'https', 'mailto', :relative] },
  'blockquote' => { 'cite' => WEB }, 'img' => { 'src' => WEB }, 'q' => { 'cite' => WEB },
  'object' => { 'data' => WEB }, 'embed' => { 'src' => WEB }, 'iframe' => { 'src' => WEB }
}.freeze

# The style properties Canvas keeps: its list, and the names its patterns match, spelled out.
CSS = %w[
  background border clear color cursor direction display float font height left line-height list-style margin
  max-height max-width min-height min-width overflow overflow-x overflow-y padding position right text-align
  table-layout text-decoration text-indent top vertical-align visibility white-space width z-index zoom
  background-attachment background-color background-image background-position background-repeat
  background-position-x background-position-y
  border-bottom border-collapse border-color border-left border-right border-spacing border-style border-top border-width
  border-bottom-color border-bottom-style border-bottom-width border-left-color border-left-style border-left-width
  border-right-color border-right-style border-right-width border-top-color border-top-style border-top-width
  font-family font-size font-stretch font-style font-variant font-weight
  list-style-image list-style-position list-style-type
  margin-bottom margin-left margin-right margin-top margin-offset
  padding-bottom padding-left padding-right padding-top
].freeze

CONFIG = {
  elements: ELEMENTS,
  attributes: ATTRIBUTES,
  protocols: PROTOCOLS,
  css: { properties: CSS, protocols: WEB },
  remove_contents: %w[script style]
}.freeze

print Sanitize.fragment($stdin.read, CONFIG)
