import CLibXML2
import KruCore

/// libxml2 parser contexts kept for reuse: one per thread, so that a parse
/// does not pay for creating and freeing a context (a seventh of parsing a
/// small program), and threads never share one.
///
/// A context is taken out of its thread's slot for the length of a parse
/// (so a parse inside a parse would get a new one), reset by
/// `kru_xml_start_parse` before its next parse (input, document, errors,
/// version, encoding, attribute defaults, depth), and freed when its thread
/// ends. Callers give back only contexts whose parse succeeded; a context
/// whose name dictionary has grown large (hostile files full of distinct
/// names) is freed instead of kept.
enum ParserContexts {
    /// Names a context's dictionary may hold before the context is dropped.
    static let dictionaryLimit = 4_096

    /// The thread-local slot; a thread's context is freed when the thread ends.
    private static let slot = ThreadSlot(holding: "libxml2 XML parser contexts") { context in
        xmlFreeParserCtxt(context?.assumingMemoryBound(to: xmlParserCtxt.self))
    }

    /// This thread's context, now owned by the caller, or a new one (`nil`
    /// when out of memory). Hand it back with ``giveBack(_:)`` or free it.
    static func take() -> xmlParserCtxtPtr? {
        if let kept = slot.take() { return kept.assumingMemoryBound(to: xmlParserCtxt.self) }
        guard let context = kru_xml_new_safe_context() else { return nil }
        if let handler = context.pointee.sax { EventSink.install(on: handler) }
        return context
    }

    /// Keeps a context (whose parse succeeded) for this thread's next parse, reset so that it holds no copy of the
    /// input, or frees it when the thread already keeps one or its
    /// dictionary is too large.
    static func giveBack(_ context: xmlParserCtxtPtr) {
        if slot.isEmpty, Int(xmlDictSize(context.pointee.dict)) < dictionaryLimit {
            xmlCtxtReset(context)
            slot.keep(context)
        } else {
            xmlFreeParserCtxt(context)
        }
    }
}
