#ifndef KRU_CLIBXML2_SHIM_H
#define KRU_CLIBXML2_SHIM_H

/* Debian builds libxml2 with ICU, whose headers clash with the copy of ICU
 * inside Swift's Foundation. kru never touches libxml2's encoding handlers
 * (it hands libxml2 UTF-8 only), so hide the ICU parts of the headers. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlstring.h>
#include <libxml/SAX2.h>

/// `xmlFree` is a C global function pointer, which Swift 6 refuses to touch
/// (shared mutable state). Call it through this inline function instead.
static inline void kru_xml_free(void *pointer) {
    xmlFree(pointer);
}

/// libxml2 keeps its parser options as an enum; spell out the ones kru uses.
static inline int kru_html_parse_options(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
           HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT;
}

/// Options for untrusted XML: no network, no entity substitution, no DTD
/// loading, no XInclude, and never XML_PARSE_HUGE or XML_PARSE_NOENT.
static inline int kru_xml_safe_parse_options(void) {
    return XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
           XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
}

#endif
