import CLibXML2
import Foundation
import KruCore

/// Reads untrusted XML (Blockly programs, test reports) safely with libxml2.
///
/// - No network, no DTD loading, no entity substitution; `XML_PARSE_NOENT`
///   and `XML_PARSE_HUGE` are never set.
/// - Any `<!DOCTYPE …>` is refused outright (so no entity can be declared,
///   external or internal): Blockly never writes one.
/// - Never reads a file: the caller hands over bytes.
/// - Errors are collected per parser context, so parses may run in parallel.
/// - Each thread keeps one parser context for its next parse (see
///   ``ParserContexts``): it is reset between parses, and dropped after a
///   parse that failed.
/// - libxml2 builds no tree: its events become immutable ``XMLElement``
///   values (namespaces stripped) as they come, without recursion, or go to
///   the caller's ``XMLEventHandler``.
public enum XMLReader {
    /// Largest input accepted, in bytes.
    public static let defaultByteLimit = 4 * 1024 * 1024

    /// Parses the bytes of a file into its root element.
    public static func parse(
        data: Data, file: String, byteLimit: Int = defaultByteLimit
    ) throws(XMLReadError) -> XMLElement {
        if data.count > byteLimit {
            throw XMLReadError(
                kind: .tooLarge, file: file, location: nil,
                message: LocalizedText(
                    en: "\(file) is too large (\(data.count) bytes; at most \(byteLimit) are read)",
                    km: "\(file) ធំពេក (\(data.count) បៃ; kru អានបានយ៉ាងច្រើន \(byteLimit) បៃ)"))
        }
        switch TextDecoding.decode(data) {
        case .success(let text): return try parse(text: text, file: file)
        case .failure(let failure):
            throw XMLReadError(
                kind: .notText, file: file, location: nil, message: TextDecoding.message(failure, file: file))
        }
    }

    /// Parses decoded text into its root element.
    public static func parse(text: String, file: String) throws(XMLReadError) -> XMLElement {
        var builder = ElementBuilder()
        try read(text: text, file: file, into: &builder)
        guard let root = builder.root else { throw malformed(file: file, location: nil, detail: "no root element") }
        return root
    }

    /// Reads decoded text, handing its elements and text to `handler` as they
    /// come, with the same checks and errors as ``parse(text:file:)``.
    public static func read(text: String, file: String, into handler: inout some XMLEventHandler) throws(XMLReadError) {
        if !startsWithVisibleASCII(text), text.allSatisfy(\.isWhitespace) {
            throw XMLReadError(
                kind: .empty, file: file, location: nil,
                message: LocalizedText(
                    en: "\(file) is empty; save your program into it again",
                    km: "\(file) ទទេ; សូមរក្សាទុកកម្មវិធីរបស់អ្នកចូលក្នុងវាម្ដងទៀត"))
        }
        // Native strings are contiguous UTF-8: parse them in place.
        let problem = text.utf8.withContiguousStorageIfAvailable { bytes in read(bytes: bytes, file: file, into: &handler) }
            ?? Array(text.utf8).withUnsafeBufferPointer { bytes in read(bytes: bytes, file: file, into: &handler) }
        if let problem { throw problem }
    }

    /// Whether the text starts with an ASCII character that is not a space
    /// (so it is certainly not all whitespace).
    private static func startsWithVisibleASCII(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first > 0x20 && first < 0x7F
    }

    private static func read<Handler: XMLEventHandler>(
        bytes: UnsafeBufferPointer<UInt8>, file: String, into handler: inout Handler
    ) -> XMLReadError? {
        guard let context = ParserContexts.take() else { return malformed(file: file, location: nil, detail: "out of memory") }
        var lines = LineIndex(utf8: bytes, file: file)
        var report = kru_xml_guard()
        let problem = withUnsafeMutablePointer(to: &handler) { handlerPointer in
            withUnsafePointer(to: &lines) { linesPointer in
                var sink = EventSink(handler: UnsafeMutableRawPointer(handlerPointer), type: Handler.self, lines: linesPointer)
                return withUnsafeMutablePointer(to: &sink) { sinkPointer in
                    withUnsafeMutablePointer(to: &report) { guardPointer -> XMLReadError? in
                        guardPointer.pointee.sink = UnsafeMutableRawPointer(sinkPointer)
                        return run(context, bytes: bytes, file: file, guard: guardPointer)
                    }
                }
            }
        }
        // A context that saw a problem is not lent again: nothing of a refused
        // or broken document can reach the next parse.
        if problem == nil { ParserContexts.giveBack(context) } else { xmlFreeParserCtxt(context) }
        return problem
    }

    /// Parses `bytes` with a context whose guard leads to the event sink; the problem, if any.
    private static func run(
        _ context: xmlParserCtxtPtr, bytes: UnsafeBufferPointer<UInt8>, file: String,
        guard guardPointer: UnsafeMutablePointer<kru_xml_guard>
    ) -> XMLReadError? {
        let started = bytes.withMemoryRebound(to: CChar.self) { chars in
            kru_xml_start_parse(context, chars.baseAddress, Int32(chars.count), holdsItsWholeInput(bytes) ? 1 : 0, guardPointer)
        }
        guard started == 0 else { return malformed(file: file, location: nil, detail: "out of memory") }
        xmlParseDocument(context)
        context.pointee._private = nil
        let report = guardPointer.pointee
        if report.doctype_seen != 0 {
            return doctype(file: file, location: location(report.doctype_line, report.doctype_column, file))
        }
        if context.pointee.wellFormed == 0 || report.error_count > 0 {
            return error(from: report, file: file)
        }
        return nil
    }

    // MARK: Input

    /// Whether libxml2's copy of the bytes is all the input it will ever
    /// read, so that it need not try to read more: true unless a NUL is in
    /// the bytes or the input is huge.
    ///
    /// libxml2 2.9 gives a memory input a read callback that reads nothing;
    /// near the end of the input it calls it at nearly every step, which
    /// costs a third of parsing a small file. Without the callback it sees at
    /// once that there is no more (as libxml2 2.11 does for every memory input).
    private static func holdsItsWholeInput(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = bytes.baseAddress, bytes.count <= defaultByteLimit else { return false }
        return memchr(start, 0, bytes.count) == nil
    }

    // MARK: Errors

    private static func location(_ line: Int32, _ column: Int32, _ file: String) -> SourceLocation? {
        guard line > 0 else { return nil }
        return SourceLocation(file: file, line: Int(line), column: max(1, Int(column)))
    }

    private static func error(from report: kru_xml_guard, file: String) -> XMLReadError {
        let where_ = location(report.error_line, report.error_column, file)
        let detail = withUnsafeBytes(of: report.error_message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }.trimmingWhitespace()
        if report.error_code == Int32(XML_ERR_INTERNAL_ERROR.rawValue), detail.contains("depth") {
            return XMLReadError(
                kind: .tooDeep, file: file, location: where_,
                message: LocalizedText(
                    en: "\(where_?.description ?? file): blocks are nested far too deeply (more than 256 levels); this is not a program a block editor makes",
                    km: "\(where_?.description ?? file): ប្លុកត្រូវបានដាក់ក្នុងគ្នាជ្រៅពេក (លើសពី 256 កម្រិត); នេះមិនមែនជាកម្មវិធីដែលកម្មវិធីកែប្លុកបង្កើតទេ"))
        }
        return malformed(file: file, location: where_, detail: detail.isEmpty ? "not well-formed" : detail)
    }

    private static func malformed(file: String, location: SourceLocation?, detail: String) -> XMLReadError {
        let place = location?.description ?? file
        return XMLReadError(
            kind: .malformed, file: file, location: location,
            message: LocalizedText(
                en: "\(place): the XML is broken (\(detail)); export the program from the block editor again",
                km: "\(place): XML ខូច (\(detail)); សូមនាំចេញកម្មវិធីពីកម្មវិធីកែប្លុកម្ដងទៀត"))
    }

    private static func doctype(file: String, location: SourceLocation?) -> XMLReadError {
        let place = location?.description ?? file
        return XMLReadError(
            kind: .doctype, file: file, location: location,
            message: LocalizedText(
                en: "\(place): the file has a <!DOCTYPE …>, which kru refuses (it can make the reader fetch files or blow up); block programs never have one, so export the program again",
                km: "\(place): ឯកសារមាន <!DOCTYPE …> ដែល kru បដិសេធ (វាអាចធ្វើឱ្យកម្មវិធីអានទាញយកឯកសារ ឬប្រើអង្គចងចាំច្រើនពេក); កម្មវិធីប្លុកមិនដែលមានវាទេ ដូច្នេះសូមនាំចេញកម្មវិធីម្ដងទៀត"))
    }
}
