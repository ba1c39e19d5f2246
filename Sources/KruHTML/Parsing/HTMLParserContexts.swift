import CLibXML2
import KruCore

/// libxml2 HTML parser contexts kept for reuse, one per thread, so that a page
/// does not pay for creating and freeing a context (its name dictionary, its
/// stacks), and threads never share one.
///
/// A context is taken out of its thread's slot for the length of a parse, reset
/// (`htmlCtxtReset`: input, document, errors, state, stacks) when it is given
/// back, and freed when its thread ends. Only contexts whose parse ran to the
/// end are kept (not one libxml2 was stopped in); a context whose name
/// dictionary has grown large (hostile pages full of distinct names) is freed.
enum HTMLParserContexts {
    /// Names a context's dictionary may hold before the context is dropped.
    static let dictionaryLimit = 4_096

    /// The thread-local slot; a thread's context is freed when the thread ends.
    private static let slot = ThreadSlot(holding: "libxml2 HTML parser contexts") { context in
        htmlFreeParserCtxt(context?.assumingMemoryBound(to: xmlParserCtxt.self))
    }

    /// This thread's context, or a new one, reading `count` bytes (libxml2 copies them); `nil`
    /// when out of memory. Give it back with ``giveBack(_:)``.
    ///
    /// The input is what `htmlCreateMemoryParserCtxt` makes, except that it has no read
    /// callback: the bytes are all the input there is, and with a callback libxml2 would try to
    /// read more (and grow its buffer) every time it came near the end of what it holds.
    static func take(reading base: UnsafePointer<CChar>, count: Int32) -> htmlParserCtxtPtr? {
        let context: htmlParserCtxtPtr
        if let kept = slot.take() {
            context = kept.assumingMemoryBound(to: xmlParserCtxt.self)
        } else {
            guard let new = htmlNewParserCtxt() else { return nil }
            context = new
        }
        guard let buffer = xmlParserInputBufferCreateMem(base, count, XML_CHAR_ENCODING_NONE) else {
            htmlFreeParserCtxt(context)
            return nil
        }
        buffer.pointee.readcallback = nil
        guard let input = xmlNewIOInputStream(context, buffer, XML_CHAR_ENCODING_NONE) else {
            xmlFreeParserInputBuffer(buffer)
            htmlFreeParserCtxt(context)
            return nil
        }
        inputPush(context, input)
        return context
    }

    /// Keeps a context whose parse ran to the end for this thread's next parse, reset so that
    /// it holds nothing of the page, or frees it.
    static func giveBack(_ context: htmlParserCtxtPtr) {
        if context.pointee.disableSAX == 0, slot.isEmpty, Int(xmlDictSize(context.pointee.dict)) < dictionaryLimit {
            htmlCtxtReset(context)
            slot.keep(context)
        } else {
            htmlFreeParserCtxt(context)
        }
    }
}
