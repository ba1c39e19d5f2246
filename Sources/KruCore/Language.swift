import Foundation

/// A language kru speaks to students in.
public enum Language: String, Sendable, Codable, CaseIterable {
    case english = "en"
    case khmer = "km"

    /// The language asked for by the environment (`KRU_LANG`, then `LC_ALL`,
    /// `LC_MESSAGES`, `LANG`), falling back to English.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for key in ["KRU_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return Language(localeIdentifier: value) ?? .english
        }
        return .english
    }

    /// `km`, `km_KH.UTF-8`, `en-US` … → a language; `nil` when kru does not speak it.
    public init?(localeIdentifier: String) {
        let code = localeIdentifier.lowercased().prefix { $0.isLetter }
        switch code {
        case "km", "khm", "khmer": self = .khmer
        case "en", "eng", "english", "c", "posix": self = .english
        default: return nil
        }
    }
}

/// A text a student or mentor can see, in every language kru speaks.
///
/// Build one with both translations; there is deliberately no initializer
/// that takes English alone.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var en: String
    public var km: String

    public init(en: String, km: String) {
        self.en = en
        self.km = km
    }

    /// The text in `language`; English when the Khmer text is missing.
    public func text(_ language: Language) -> String {
        switch language {
        case .english: return en
        case .khmer: return km.isEmpty ? en : km
        }
    }

    /// Replaces `{name}` placeholders with values in both languages.
    public func filling(_ values: [String: String]) -> LocalizedText {
        LocalizedText(en: Self.fill(en, values), km: Self.fill(km, values))
    }

    /// Fills each language with its own values (the English text with the
    /// English finding, the Khmer text with the Khmer one).
    public func filling(en englishValues: [String: String], km khmerValues: [String: String]) -> LocalizedText {
        LocalizedText(en: Self.fill(en, englishValues), km: Self.fill(km, khmerValues))
    }

    /// Joins texts with a separator, language by language.
    public static func joined(_ parts: [LocalizedText], separator: String = " ") -> LocalizedText {
        LocalizedText(
            en: parts.map(\.en).joined(separator: separator),
            km: parts.map(\.km).joined(separator: separator)
        )
    }

    /// Replaces each `{key}` of `values` in one pass (values are not searched
    /// again, so a student's text holding `{…}` stays as written).
    private static func fill(_ template: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        var rest = template[...]
        // Braces are ASCII: search the UTF-8 bytes, not the (Khmer) characters.
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")) {
            result += rest[..<open]
            let afterOpen = rest.utf8.index(after: open)
            if let close = rest.utf8[afterOpen...].firstIndex(of: UInt8(ascii: "}")),
               let value = values[String(rest[afterOpen..<close])] {
                result += value
                rest = rest[rest.utf8.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        result += rest
        return result
    }

    /// The `{placeholder}` names used in a template, for checking that both
    /// languages use the same ones.
    public static func placeholders(in template: String) -> Set<String> {
        var names = Set<String>()
        var current: String?
        for character in template {
            if character == "{" {
                current = ""
            } else if character == "}", let name = current {
                if !name.isEmpty { names.insert(name) }
                current = nil
            } else if current != nil {
                if character.isLetter || character.isNumber || character == "_" || character == "-" {
                    current?.append(character)
                } else {
                    current = nil
                }
            }
        }
        return names
    }
}
