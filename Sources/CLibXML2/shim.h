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

/* ---- Safe XML reading (KruXML) -------------------------------------------
 * Everything a parse needs to report lives in a guard owned by the caller and
 * reached through the parser context's _private pointer: no global handler
 * state, so parses on different threads never see each other's errors. */

/// What one safe XML parse saw: the first DOCTYPE, the first error.
typedef struct {
    int doctype_seen;
    int doctype_line;
    int doctype_column;
    int error_count;
    int error_code;
    int error_line;
    int error_column;
    char error_message[256];
} kru_xml_guard;

/// SAX internalSubset callback: a DOCTYPE (and so any entity declaration) is
/// refused outright; the parser is stopped before it reads the subset.
static inline void kru_xml_refuse_doctype(void *ctx, const xmlChar *name,
                                          const xmlChar *external_id,
                                          const xmlChar *system_id) {
    (void)name; (void)external_id; (void)system_id;
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    kru_xml_guard *guard = (kru_xml_guard *)ctxt->_private;
    if (guard != NULL && !guard->doctype_seen) {
        guard->doctype_seen = 1;
        guard->doctype_line = ctxt->input != NULL ? ctxt->input->line : 0;
        guard->doctype_column = ctxt->input != NULL ? ctxt->input->col : 0;
    }
    xmlStopParser(ctxt);
}

/// SAX entityDecl callback: never reached once the DOCTYPE is refused, kept
/// as a second lock (entities are never declared, so never expanded).
static inline void kru_xml_refuse_entity(void *ctx, const xmlChar *name, int type,
                                         const xmlChar *public_id, const xmlChar *system_id,
                                         xmlChar *content) {
    (void)name; (void)type; (void)public_id; (void)system_id; (void)content;
    xmlStopParser((xmlParserCtxtPtr)ctx);
}

/// Structured error callback bound to one parser context: keeps the first error.
static inline void kru_xml_collect_error(void *user_data, xmlErrorPtr error) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)user_data;
    if (ctxt == NULL || error == NULL) return;
    kru_xml_guard *guard = (kru_xml_guard *)ctxt->_private;
    if (guard == NULL) return;
    guard->error_count += 1;
    if (guard->error_count > 1) return;
    guard->error_code = error->code;
    guard->error_line = error->line;
    guard->error_column = error->int2;
    const char *message = error->message != NULL ? error->message : "";
    size_t i = 0;
    for (; i + 1 < sizeof(guard->error_message) && message[i] != '\0'; i++) {
        guard->error_message[i] = message[i];
    }
    guard->error_message[i] = '\0';
}

/// startElementNs callback: builds the node as libxml2 does, then records the
/// byte offset of its `<` (plus one) in the node's unused `psvi` pointer so
/// the converter can give an exact line and column.
static inline void kru_xml_start_element(void *ctx, const xmlChar *localname,
                                         const xmlChar *prefix, const xmlChar *uri,
                                         int nb_namespaces, const xmlChar **namespaces,
                                         int nb_attributes, int nb_defaulted,
                                         const xmlChar **attributes) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    xmlSAX2StartElementNs(ctx, localname, prefix, uri, nb_namespaces, namespaces,
                          nb_attributes, nb_defaulted, attributes);
    xmlParserInputPtr input = ctxt->input;
    if (ctxt->node == NULL || input == NULL || input->cur == NULL || input->base == NULL) return;
    const xmlChar *p = input->cur;
    while (p > input->base && *p != '<') p--;
    if (*p != '<') return;
    long offset = (long)input->consumed + (long)(p - input->base);
    ctxt->node->psvi = (void *)(offset + 1);
}

/// A parser context over UTF-8 bytes with kru's safe options and callbacks.
/// Free with xmlFreeParserCtxt (after xmlFreeDoc of its myDoc).
static inline xmlParserCtxtPtr kru_xml_new_safe_context(const char *bytes, int size,
                                                        kru_xml_guard *guard) {
    /* libxml2 2.9 initialises its globals lazily and not thread-safely:
     * two first parses on two threads can deadlock. xmlInitParser is
     * idempotent and cheap after the first call. */
    xmlInitParser();
    xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(bytes, size);
    if (ctxt == NULL) return NULL;
    ctxt->_private = guard;
    ctxt->sax->internalSubset = kru_xml_refuse_doctype;
    ctxt->sax->externalSubset = NULL;
    ctxt->sax->entityDecl = kru_xml_refuse_entity;
    ctxt->sax->serror = kru_xml_collect_error;
    ctxt->sax->startElementNs = kru_xml_start_element;
    ctxt->sax->resolveEntity = NULL;
    ctxt->sax->getParameterEntity = NULL;
    xmlCtxtUseOptions(ctxt, kru_xml_safe_parse_options());
    ctxt->replaceEntities = 0;
    ctxt->loadsubset = 0;
    ctxt->validate = 0;
    return ctxt;
}

/// The byte offset recorded by kru_xml_start_element, or -1.
static inline long kru_xml_node_offset(xmlNodePtr node) {
    if (node == NULL || node->psvi == NULL) return -1;
    return (long)node->psvi - 1;
}

#endif
