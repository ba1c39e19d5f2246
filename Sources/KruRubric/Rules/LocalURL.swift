import Foundation
import KruCore
import KruHTML

/// Resolves an `href`/`src` the way a browser resolves a URL against the
/// page's own folder, when the page is opened from the submission folder.
enum LocalURL {
    enum Target: Equatable {
        /// Not a file of the submission to check: `#top`, `mailto:`, `http://…`, an empty value.
        case notChecked
        /// A path relative to the submission root (`img/cat.jpg`).
        case file(String)
        /// Leaves the submission folder (`../x.html`, `/x.html`, `file:///…`, `//host/x`: from a
        /// page opened from its folder that is `file://host/x`).
        case outside
    }

    /// Resolves the URLs of one page: against its file, or against its `<base href>` (the first
    /// `<base>` with an `href`) as a browser does: with `<base href="https://site/">` its relative
    /// links lead to that site, not to files of the submission.
    struct Resolver {
        let page: String
        let base: String?

        init(_ document: HTMLDocument) {
            page = document.file
            base = document.documentElements(named: "base").first { $0.attribute("href") != nil }?.attribute("href")
        }

        func resolve(_ raw: String) -> Target {
            guard let base else { return LocalURL.resolve(raw, from: page) }
            let value = raw.trimmingCharacters(in: CharacterSet(charactersIn: " \t\n\r\u{0C}"))
            // Values that do not depend on the base: empty, `#…`, a scheme, `//host`, `C:\…`.
            if value.isEmpty || value.hasPrefix("#") || value.hasPrefix("//") || value.hasPrefix("\\\\")
                || isWindowsPath(value) || scheme(of: value) != nil
            {
                return LocalURL.resolve(raw, from: page)
            }
            let trimmedBase = base.trimmingCharacters(in: CharacterSet(charactersIn: " \t\n\r\u{0C}"))
            if trimmedBase.isEmpty || trimmedBase.hasPrefix("#") { return LocalURL.resolve(raw, from: page) }
            switch LocalURL.resolve(base, from: page) {
            case .notChecked: return .notChecked  // the base is on the internet (or mailto: …)
            case .outside: return .outside
            case .file(let path):
                // `pages/` is a folder: its URLs resolve inside it.
                return LocalURL.resolve(raw, from: path.hasSuffix("/") ? path + "index.html" : path)
            }
        }
    }

    static func resolve(_ raw: String, from page: String) -> Target {
        // The URL parser strips surrounding spaces and removes tabs and newlines.
        var value = raw.trimmingCharacters(in: CharacterSet(charactersIn: " \t\n\r\u{0C}"))
        value.removeAll { $0 == "\t" || $0 == "\n" || $0 == "\r" }
        value = value.replacingOccurrences(of: "\\", with: "/")
        if value.isEmpty || value.hasPrefix("#") { return .notChecked }
        if value.hasPrefix("//") { return .outside }
        if isWindowsPath(value) { return .outside }
        if let scheme = scheme(of: value) {
            return scheme == "file" ? .outside : .notChecked
        }
        if let cut = value.firstIndex(where: { $0 == "?" || $0 == "#" }) { value = String(value[..<cut]) }
        if value.isEmpty { return .notChecked }  // `?x=1` is the page itself
        if value.hasPrefix("/") { return .outside }
        let decoded = percentDecoded(value)
        let folder = page.split(separator: "/").dropLast().joined(separator: "/")
        let joined = folder.isEmpty ? decoded : folder + "/" + decoded
        guard let normalized = SubmissionFiles.normalize(joined) else { return .outside }
        // `about.html/`, `./` name folders, which are never files of the submission.
        if normalized.isEmpty { return .file("./") }
        return .file(decoded.hasSuffix("/") ? normalized + "/" : normalized)
    }

    /// Whether the value is a Windows path on the student's computer (`C:\Users\…`, `d:/site/…`),
    /// which a URL parser would read as a scheme `c:`.
    static func isWindowsPath(_ value: String) -> Bool {
        let scalars = Array(value.unicodeScalars.prefix(3))
        guard scalars.count == 3, scalars[0].isASCII, scalars[0].properties.isAlphabetic else { return false }
        return scalars[1] == ":" && (scalars[2] == "/" || scalars[2] == "\\")
    }

    /// The lower-case scheme when the value is an absolute URL (`http:`, `mailto:`).
    static func scheme(of value: String) -> String? {
        guard let colon = value.firstIndex(of: ":") else { return nil }
        let candidate = value[..<colon]
        guard let first = candidate.first, first.isASCII, first.isLetter,
              candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return nil }
        return candidate.lowercased()
    }

    /// `%20` → space; an invalid escape stays as written.
    static func percentDecoded(_ value: String) -> String {
        var bytes: [UInt8] = []
        let utf8 = Array(value.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
               let high = hex(utf8[index + 1]), let low = hex(utf8[index + 2]) {
                bytes.append(high * 16 + low)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
