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
/// IGNORE_ENC: kru hands libxml2 UTF-8 only (decoded by KruCore), so an XML
/// declaration naming another encoding must not make libxml2 convert it again.
static inline int kru_xml_safe_parse_options(void) {
    return XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
           XML_PARSE_NOCDATA | XML_PARSE_COMPACT | XML_PARSE_IGNORE_ENC;
}

/* ---- Safe XML reading (KruXML) -------------------------------------------
 * Everything a parse needs to report lives in a guard owned by the caller and
 * reached through the parser context's _private pointer: no global handler
 * state, so parses on different threads never see each other's errors. */

/// What one safe XML parse saw: the first DOCTYPE, the first error; and
/// where the parse's element and text events go (a KruXML EventSink).
typedef struct {
    void *sink;
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

/// A parser context with kru's safe callbacks and no input yet: give it one
/// with kru_xml_start_parse. May serve many parses, one after another.
/// libxml2 builds no tree: every tree-building callback is off, and KruXML
/// installs its own element and text callbacks.
static inline xmlParserCtxtPtr kru_xml_new_safe_context(void) {
    /* libxml2 2.9 initialises its globals lazily and not thread-safely:
     * two first parses on two threads can deadlock. xmlInitParser is
     * idempotent and cheap after the first call. */
    xmlInitParser();
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (ctxt == NULL) return NULL;
    xmlSAXHandlerPtr sax = ctxt->sax;
    sax->internalSubset = kru_xml_refuse_doctype;
    sax->externalSubset = NULL;
    sax->entityDecl = kru_xml_refuse_entity;
    sax->serror = kru_xml_collect_error;
    sax->resolveEntity = NULL;
    sax->getParameterEntity = NULL;
    sax->attributeDecl = NULL;
    sax->elementDecl = NULL;
    sax->notationDecl = NULL;
    sax->unparsedEntityDecl = NULL;
    sax->startDocument = NULL;
    sax->endDocument = NULL;
    sax->startElement = NULL;
    sax->endElement = NULL;
    sax->startElementNs = NULL;
    sax->endElementNs = NULL;
    sax->characters = NULL;
    sax->ignorableWhitespace = NULL;
    sax->cdataBlock = NULL;
    sax->reference = NULL;
    sax->comment = NULL;
    sax->processingInstruction = NULL;
    return ctxt;
}

/// Readies a context (new, or reset by an earlier kru_xml_start_parse) to
/// parse `size` UTF-8 bytes with kru's safe options, reporting to `guard`:
/// what xmlCtxtReadMemory does before it parses. libxml2 copies the bytes.
/// `whole` (the bytes are all the input there is) drops libxml2's read
/// callback, which reads nothing from memory anyway. Returns 0, or -1 when
/// out of memory.
static inline int kru_xml_start_parse(xmlParserCtxtPtr ctxt, const char *bytes, int size,
                                      int whole, kru_xml_guard *guard) {
    /* Frees the previous parse's input and document and clears its state
     * (well-formedness, errors, depth, attribute defaults, version, encoding). */
    xmlCtxtReset(ctxt);
    xmlParserInputBufferPtr buffer = xmlParserInputBufferCreateMem(bytes, size, XML_CHAR_ENCODING_NONE);
    if (buffer == NULL) return -1;
    if (whole) buffer->readcallback = NULL;
    xmlParserInputPtr input = xmlNewIOInputStream(ctxt, buffer, XML_CHAR_ENCODING_NONE);
    if (input == NULL) {
        xmlFreeParserInputBuffer(buffer);
        return -1;
    }
    inputPush(ctxt, input);
    ctxt->_private = guard;
    xmlCtxtUseOptions(ctxt, kru_xml_safe_parse_options());
    ctxt->replaceEntities = 0;
    ctxt->loadsubset = 0;
    ctxt->validate = 0;
    return 0;
}

#endif
