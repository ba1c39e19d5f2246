import Foundation
import KruCore
import KruHTML

/// Where an author style sheet comes from.
public enum StyleSheetOrigin: Hashable, Sendable {
    /// A `<style>` element.
    case styleElement(NodeID)
    /// A file named by `<link rel="stylesheet" href>` (path relative to the submission).
    case linkedFile(String, link: NodeID)
    /// A file named by `@import` in another sheet.
    case importedFile(String)
}

/// One author style sheet of a page, in cascade order.
public struct AuthorStyleSheet: Sendable {
    public let sheet: CSSStyleSheet
    public let origin: StyleSheetOrigin
    /// The media the sheet applies to (its `media` attribute or `@import` media), already
    /// combined with the media of the sheets that import it.
    public let media: [MediaQueryList]

    /// Whether the sheet applies on `viewport`.
    public func applies(on viewport: Viewport) -> Bool { media.allSatisfy { $0.matches(viewport) } }
}

/// A `<link rel="stylesheet">` (or `@import`) naming a file the submission does not have.
public struct MissingStyleSheet: Hashable, Sendable {
    /// The `href` as written.
    public let href: String
    /// The path it resolves to, or `nil` when it climbs out of the submission.
    public let resolvedPath: String?
    /// Where the link (or `@import`) is.
    public let location: SourceLocation?
}

/// The style sheets of one HTML page: `<style>` elements, linked and
/// imported files that exist in the submission, and `style` attributes.
public struct StyleSheetSet: Sendable {
    /// Author sheets in cascade order (document order; `@import`ed sheets just before the sheet importing them).
    public let sheets: [AuthorStyleSheet]
    /// The parsed `style` attribute of each element that has one.
    public let inlineStyles: [NodeID: CSSStyleSheet]
    /// Stylesheet links and imports that name files missing from the submission.
    public let missing: [MissingStyleSheet]
    /// Whether the document is rendered in quirks mode (no `<!DOCTYPE html>`).
    public let quirksMode: Bool
    /// The `.css` files of the submission (for "did you mean" suggestions).
    public let submissionCSSFiles: [String]

    /// Collects the style sheets of `document`, the page at `htmlPath` in `submission`.
    public static func collect(
        from document: HTMLDocument, submission: SubmissionFiles, htmlPath: String
    ) -> StyleSheetSet {
        var collector = Collector(document: document, submission: submission, htmlPath: htmlPath)
        collector.run()
        return StyleSheetSet(
            sheets: collector.sheets, inlineStyles: collector.inline, missing: collector.missing,
            quirksMode: document.quirksMode,
            submissionCSSFiles: submission.paths.filter { $0.lowercased().hasSuffix(".css") })
    }

    /// Collects only what is inside the page (no linked files): for pages graded alone.
    public static func collect(from document: HTMLDocument) -> StyleSheetSet {
        collect(from: document, submission: SubmissionFiles(origin: "", files: [:]), htmlPath: document.file)
    }
}

private struct Collector {
    let document: HTMLDocument
    let submission: SubmissionFiles
    let htmlPath: String
    let sourceBytes: [UInt8]
    var sheets: [AuthorStyleSheet] = []
    var inline: [NodeID: CSSStyleSheet] = [:]
    var missing: [MissingStyleSheet] = []

    init(document: HTMLDocument, submission: SubmissionFiles, htmlPath: String) {
        self.document = document
        self.submission = submission
        self.htmlPath = htmlPath
        self.sourceBytes = Array(document.source.utf8)
    }

    mutating func run() {
        for (index, node) in document.nodes.enumerated() where node.kind == .element {
            let id = NodeID(index)
            if let style = node.attribute("style") {
                inline[id] = parseStyleAttribute(node, value: style)
            }
            if node.name == "style", isInsideSVGOrTemplate(id) == false {
                let type = node.attribute("type")?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
                guard type.isEmpty || type == "text/css" else { continue }
                let sheet = parseStyleElement(id, node)
                let media = node.attribute("media").map { [MediaQueryList.parse($0)] } ?? []
                addSheet(sheet, origin: .styleElement(id), media: media, visited: [])
            } else if node.name == "link", let rel = node.attribute("rel"), let href = node.attribute("href") {
                let rels = Set(rel.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init))
                guard rels.contains("stylesheet"), !rels.contains("alternate") else { continue }
                let media = node.attribute("media").map { [MediaQueryList.parse($0)] } ?? []
                loadFile(href: href, base: htmlPath, origin: { .linkedFile($0, link: id) }, media: media,
                         location: node.location, visited: [])
            }
        }
    }

    private func isInsideSVGOrTemplate(_ id: NodeID) -> Bool {
        var current = document[id].parent
        while let parent = current {
            let node = document[parent]
            if node.name == "template" { return true }
            current = node.parent
        }
        return false
    }

    /// Appends `sheet` after the files it imports.
    private mutating func addSheet(
        _ sheet: CSSStyleSheet, origin: StyleSheetOrigin, media: [MediaQueryList], visited: Set<String>
    ) {
        let base: String
        switch origin {
        case .styleElement: base = htmlPath
        case .linkedFile(let path, _), .importedFile(let path): base = path
        }
        for rule in sheet.rules {
            guard case .importRule(let url, let importMedia, let start) = rule else { continue }
            var combined = media
            if !importMedia.queries.isEmpty { combined.append(importMedia) }
            loadFile(href: url, base: base, origin: { .importedFile($0) }, media: combined,
                     location: sheet.location(ofOffset: start), visited: visited)
        }
        sheets.append(AuthorStyleSheet(sheet: sheet, origin: origin, media: media))
    }

    private mutating func loadFile(
        href: String, base: String, origin: (String) -> StyleSheetOrigin, media: [MediaQueryList],
        location: SourceLocation?, visited: Set<String>
    ) {
        let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let path = LocalPath.resolve(trimmed, against: base) else {
            if LocalPath.isLocal(trimmed) {
                missing.append(MissingStyleSheet(href: href, resolvedPath: nil, location: location))
            }
            return
        }
        guard !visited.contains(path) else { return }
        guard let data = submission.data(path) else {
            missing.append(MissingStyleSheet(href: href, resolvedPath: path, location: location))
            return
        }
        let text = TextDecodingForCSS.decode(data)
        let sheet = CSSParser.parseStyleSheet(text, file: path)
        addSheet(sheet, origin: origin(path), media: media, visited: visited.union([path]))
    }

    // MARK: - Finding the CSS text in the HTML source

    /// Byte offset of a node's start in the HTML source.
    private func byteOffset(of location: SourceLocation) -> Int? {
        guard let lineStart = document.lines.byteOffset(ofLine: location.line) else { return nil }
        var offset = lineStart
        var column = 1
        while column < location.column, offset < sourceBytes.count {
            offset += 1
            while offset < sourceBytes.count, sourceBytes[offset] & 0xC0 == 0x80 { offset += 1 }
            column += 1
        }
        return offset
    }

    /// The byte offset just after the `>` of the start tag beginning at `start`.
    private func endOfStartTag(from start: Int) -> Int? {
        var index = start
        var quote: UInt8?
        while index < sourceBytes.count {
            let b = sourceBytes[index]
            if let q = quote {
                if b == q { quote = nil }
            } else if b == 0x22 || b == 0x27 {
                quote = b
            } else if b == 0x3E {
                return index + 1
            }
            index += 1
        }
        return nil
    }

    /// Per tag name, the offset of the last start tag found (elements come in source order).
    private var lastTagOffset: [String: Int] = [:]

    /// The byte offset of the `<` of an element's start tag: at its reported location when the
    /// tag is there, otherwise the next `<name` from the start of that line (after the previous
    /// element of that name).
    private mutating func startTagOffset(_ node: HTMLNode) -> Int? {
        guard let found = findStartTag(node) else { return nil }
        lastTagOffset[node.name] = found
        return found
    }

    private func findStartTag(_ node: HTMLNode) -> Int? {
        let after = (lastTagOffset[node.name] ?? -1) + 1
        guard let location = node.location, let guess = byteOffset(of: location) else { return nil }
        let pattern = Array(("<" + node.name).utf8)
        func isTag(at offset: Int) -> Bool {
            guard offset + pattern.count < sourceBytes.count else { return false }
            for (i, b) in pattern.enumerated() where sourceBytes[offset + i] | 0x20 != b | 0x20 { return false }
            let next = sourceBytes[offset + pattern.count]
            return next == 0x3E || next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D || next == 0x2F
        }
        if guess >= after, isTag(at: guess) { return guess }
        var offset = max(after, document.lines.byteOffset(ofLine: location.line) ?? guess)
        while offset < sourceBytes.count {
            if sourceBytes[offset] == 0x3C, isTag(at: offset) { return offset }
            offset += 1
        }
        return nil
    }

    private mutating func parseStyleElement(_ id: NodeID, _ node: HTMLNode) -> CSSStyleSheet {
        let text = document.textContent(of: id)
        if let start = startTagOffset(node), let contentStart = endOfStartTag(from: start) {
            // The content runs to the next `</style` (case-insensitive).
            var end = contentStart
            let close = Array("</style".utf8)
            while end < sourceBytes.count {
                if sourceBytes[end] == 0x3C, end + close.count <= sourceBytes.count,
                    zip(sourceBytes[end..<(end + close.count)], close).allSatisfy({ $0 | 0x20 == $1 | 0x20 })
                {
                    break
                }
                end += 1
            }
            let raw = String(decoding: sourceBytes[contentStart..<end], as: UTF8.self)
            return CSSParser.parseStyleSheet(raw, lines: document.lines, baseOffset: contentStart)
        }
        return CSSParser.parseStyleSheet(text, lines: document.lines, baseOffset: 0)
    }

    private mutating func parseStyleAttribute(_ node: HTMLNode, value: String) -> CSSStyleSheet {
        if let start = startTagOffset(node), let tagEnd = endOfStartTag(from: start),
            let valueStart = attributeValueStart("style", in: start..<tagEnd)
        {
            return CSSParser.parseStyleAttribute(value, lines: document.lines, baseOffset: valueStart)
        }
        return CSSParser.parseStyleAttribute(value, lines: document.lines, baseOffset: 0)
    }

    /// The byte offset of the first character of attribute `name`'s value within a start tag.
    private func attributeValueStart(_ name: String, in range: Range<Int>) -> Int? {
        let pattern = Array(name.utf8)
        var index = range.lowerBound
        var quote: UInt8?
        while index < range.upperBound {
            let b = sourceBytes[index]
            if let q = quote {
                if b == q { quote = nil }
                index += 1
                continue
            }
            if b == 0x22 || b == 0x27 {
                quote = b
                index += 1
                continue
            }
            let before = index > 0 ? sourceBytes[index - 1] : 0x20
            if before == 0x20 || before == 0x09 || before == 0x0A || before == 0x0D || before == 0x2F,
                index + pattern.count <= range.upperBound,
                zip(sourceBytes[index..<(index + pattern.count)], pattern).allSatisfy({ $0 | 0x20 == $1 })
            {
                var cursor = index + pattern.count
                while cursor < range.upperBound, [0x20, 0x09, 0x0A, 0x0D].contains(sourceBytes[cursor]) { cursor += 1 }
                if cursor < range.upperBound, sourceBytes[cursor] == 0x3D {
                    cursor += 1
                    while cursor < range.upperBound, [0x20, 0x09, 0x0A, 0x0D].contains(sourceBytes[cursor]) { cursor += 1 }
                    if cursor < range.upperBound, sourceBytes[cursor] == 0x22 || sourceBytes[cursor] == 0x27 {
                        return cursor + 1
                    }
                    return cursor
                }
            }
            index += 1
        }
        return nil
    }
}

/// Resolving `href`s of local files like a browser resolves relative URLs.
enum LocalPath {
    /// Whether the reference names a file of the site (not `http:`, `data:`, `//host` …).
    static func isLocal(_ href: String) -> Bool {
        let lower = href.lowercased()
        if lower.isEmpty || lower.hasPrefix("//") || lower.hasPrefix("#") { return false }
        if let colon = lower.firstIndex(of: ":") {
            let scheme = lower[..<colon]
            if !scheme.isEmpty, scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }) {
                return false
            }
        }
        return true
    }

    /// The submission path `href` names from a file at `base`, or `nil` when it is not a
    /// local file or climbs out of the submission.
    static func resolve(_ href: String, against base: String) -> String? {
        guard isLocal(href) else { return nil }
        var path = href
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<cut]) }
        path = path.replacingOccurrences(of: "\\", with: "/")
        path = path.removingPercentEncoding ?? path
        guard !path.isEmpty else { return nil }
        let folder = base.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let joined = path.hasPrefix("/") ? String(path.dropFirst()) : (folder.isEmpty ? path : folder + "/" + path)
        return SubmissionFiles.normalize(joined)
    }
}

/// Decodes a CSS file: UTF-8 (with or without BOM), falling back to Latin-1.
enum TextDecodingForCSS {
    static func decode(_ data: Data) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(decoding: bytes, as: UTF8.self)
    }
}
