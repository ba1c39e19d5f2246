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

    func load() throws -> Pack {
        let root = URL(fileURLWithPath: pack ?? FileManager.default.currentDirectoryPath, isDirectory: true)
        do {
            return try Pack.load(root: root)
        } catch {
            throw CLIError.usage(error.description)
        }
    }

    /// Loads the pack and finds an exercise by id or folder path. A folder path
    /// outside the chosen pack loads the pack that folder belongs to.
    func exercise(_ reference: String, language: Language) throws -> (Pack, Exercise) {
        var pack = try load()
        if pack.exercises.first(where: { $0.id == reference }) == nil,
           FileManager.default.fileExists(atPath: reference),
           let root = Pack.root(containing: URL(fileURLWithPath: reference)) {
            do { pack = try Pack.load(root: root) } catch { throw CLIError.usage(error.description) }
        }
        do {
            return (pack, try pack.exercise(reference))
        } catch {
            throw CLIError.usage(error.message.text(language))
        }
    }
}

/// `--lang en|km`.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Language of the feedback: en (English) or km (Khmer). Default: from KRU_LANG/LANG, else English.",
            valueName: "en|km"))
    var lang: String?

    func resolve() throws -> Language {
        guard let lang else { return Language.fromEnvironment() }
        guard let language = Language(localeIdentifier: lang) else {
            throw CLIError.usage("unknown language \"\(lang)\"; use en or km")
        }
        return language
    }
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
}
