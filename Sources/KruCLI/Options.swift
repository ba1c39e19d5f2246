import ArgumentParser
import Foundation
import KruCore
import KruPack

/// `--pack DIR`: where the exercises and graders are.
struct PackOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The exercise pack: a folder holding exercises/ and graders/ (default: the current folder).",
            valueName: "dir"))
    var pack: String?

    /// Loads the pack; a folder that is no pack is a usage error in `language`.
    func load(language: Language) throws -> Pack {
        try Self.load(root: URL(fileURLWithPath: pack ?? FileManager.default.currentDirectoryPath, isDirectory: true), language: language)
    }

    private static func load(root: URL, language: Language) throws -> Pack {
        do {
            return try Pack.load(root: root)
        } catch {
            // Pack.load fails only when there is no exercises/ folder (broken
            // exercise files are the pack's `problems`).
            throw CLIError.usage(noPack.filling(["folder": root.path]).text(language))
        }
    }

    /// Loads the pack and finds an exercise by id or folder path. A folder path
    /// outside the chosen pack loads the pack that folder belongs to.
    func exercise(_ reference: String, language: Language) throws -> (Pack, Exercise) {
        var pack = try load(language: language)
        if pack.exercises.first(where: { $0.id == reference }) == nil,
           FileManager.default.fileExists(atPath: reference),
           let root = Pack.root(containing: URL(fileURLWithPath: reference)) {
            pack = try Self.load(root: root, language: language)
        }
        do {
            return (pack, try pack.exercise(reference))
        } catch {
            throw CLIError.usage(error.message.text(language))
        }
    }

    static let noPack = LocalizedText(
        en: "{folder}: no exercises/ folder here; run kru from a pack folder (one holding exercises/ and graders/) or pass --pack DIR",
        km: "{folder}: គ្មានថត exercises/ នៅទីនេះទេ; សូមដំណើរការ kru ពីថតកញ្ចប់លំហាត់ (ថតដែលមាន exercises/ និង graders/) ឬប្រើ --pack DIR")
}

/// `--lang en|km`.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Language of the feedback: en (English) or km (Khmer). Default: from KRU_LANG/LANG, else English.",
            valueName: "en|km"))
    var lang: String?

    /// The language asked for; an unknown `--lang` is a usage error, told
    /// in the environment's language.
    func resolve() throws -> Language {
        guard let lang else { return Language.fromEnvironment() }
        guard let language = Language(localeIdentifier: lang) else {
            throw CLIError.usage(Self.unknown.filling(["lang": lang]).text(Language.fromEnvironment()))
        }
        return language
    }

    /// The language asked for, or the environment's when `--lang` is
    /// unknown (for messages printed before ``resolve()`` reports that).
    var bestEffort: Language { (try? resolve()) ?? Language.fromEnvironment() }

    static let unknown = LocalizedText(
        en: "unknown language \"{lang}\"; use en or km",
        km: "មិនស្គាល់ភាសា \"{lang}\" ទេ; សូមប្រើ en (អង់គ្លេស) ឬ km (ខ្មែរ)")
}

/// Errors the CLI reports to the user with an exit code.
enum CLIError: Error, CustomStringConvertible {
    /// Bad arguments, or something that cannot be graded: exit code 2.
    case usage(String)

    var description: String {
        switch self {
        case .usage(let message): return message
        }
    }
}

/// Where output goes and whether it may be coloured.
enum Terminal {
    /// True when standard output is a terminal and NO_COLOR is not set.
    static var colorOutput: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data(("kru: " + message + "\n").utf8))
    }

    /// `kru: warning: …` in `language`.
    static func printWarning(_ message: String, language: Language) {
        printError(warningLabel.text(language) + " " + message)
    }

    static let warningLabel = LocalizedText(en: "warning:", km: "ការព្រមាន៖")
}
