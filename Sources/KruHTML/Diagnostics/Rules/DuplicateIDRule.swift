import KruCore

/// `html.duplicate-id`: two elements of the page (as the browser builds it)
/// have the same `id`. Reported at the `id` attribute of the second one; the
/// message names the line of the first.
struct DuplicateIDRule: HTMLDiagnosticRule {
    static let id = "html.duplicate-id"
    static let severity = Severity.warning
    static let needs = PageFacts.anyPage
    static let summary = LocalizedText(
        en: "Two elements have the same id; an id must be unique on the page.",
        km: "ធាតុពីរមាន id ដូចគ្នា ប៉ុន្តែ id នីមួយៗត្រូវតែមានតែមួយគត់នៅក្នុងទំព័រ។")

    static let message = LocalizedText(
        en: "The id \"{id}\" is already used by <{first}> on line {line}. An id must be unique on the page: give this element another id, or use class when several elements share a style.",
        km: "id \"{id}\" ត្រូវបានប្រើរួចហើយដោយ <{first}> នៅបន្ទាត់ទី {line}។ id នីមួយៗត្រូវតែមានតែមួយគត់នៅក្នុងទំព័រ៖ សូមដាក់ id ផ្សេងឲ្យធាតុនេះ ឬប្រើ class នៅពេលធាតុច្រើនប្រើរចនាប័ទ្មដូចគ្នា។")

    /// Whether the source may give an element an `id` with a value: it has
    /// the bytes `id` (in any case), then maybe whitespace, then `=`. Tree
    /// attributes are named as written, so a page without them is not walked.
    static func mayHaveIDs(_ source: String) -> Bool {
        var source = source
        return source.withUTF8 { bytes in
            var search = 0
            while let equals = SourceTokenizer.scan(bytes, for: UInt8(ascii: "="), from: search) {
                var nameEnd = equals
                while nameEnd > 0, bytes[nameEnd - 1] <= 0x20 { nameEnd -= 1 }
                if nameEnd >= 2, bytes[nameEnd - 1] | 0x20 == UInt8(ascii: "d"), bytes[nameEnd - 2] | 0x20 == UInt8(ascii: "i") {
                    return true
                }
                search = equals + 1
            }
            return false
        }
    }

    static func check(_ context: HTMLDiagnosticContext, into emitter: inout FindingEmitter) {
        guard Self.mayHaveIDs(context.document.source) else { return }
        let document = context.document
        let nodes = document.nodes
        var firstByID: [String: Element] = [:]
        for index in nodes.indices where nodes[index].kind == .element {
            guard let id = nodes[index].attributes.first(where: { $0.name.utf8.count == 2 && $0.name == "id" })?.value,
                !id.isEmpty
            else {
                continue
            }
            let element = Element(document: document, id: NodeID(index))
            guard let first = firstByID[id] else {
                firstByID[id] = element
                continue
            }
            // A copy the browser made of a mis-nested formatting tag is not a second id in the source.
            if element.location != nil, element.location == first.location { continue }
            if let tag = context.treeTags.startTag(of: element.id), tag == context.treeTags.startTag(of: first.id) {
                continue
            }
            let message = { () -> LocalizedText in
                let firstLine = context.location(of: first)?.line
                return Self.message.filling([
                    "id": id, "first": first.name, "line": firstLine.map(String.init) ?? "?",
                ])
            }
            if let tagIndex = context.treeTags.startTag(of: element.id),
                let attribute = context.attributes(of: context.tags[tagIndex]).first(where: { context.name(of: $0) == "id" })
            {
                emit(message(), at: attribute.nameOffset, in: context, into: &emitter)
            } else if let location = context.location(of: element) {
                emit(message(), at: location, into: &emitter)
            }
        }
    }
}
