import ArgumentParser
import Foundation
import KruCore
import KruLint
import KruPack

/// `kru lint [PACK]`: check an exercise pack before students see it.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check an exercise pack: schemas, translations, starters, solutions, known-wrong samples.",
        discussion: """
            Checks every exercise of the pack (exercises/ + graders/): each file matches its \
            schema (see schemas/), every text is in English and Khmer with the same \
            {placeholders}, each rubric's selectors parse, check ids are unique and points \
            positive, the starter fails some check, the reference solution passes every check \
            and has no beginner diagnostics, every known-wrong sample fails exactly the checks \
            its wrong/<name>.expect.yaml declares, and every puzzle is solvable as described.

            Untranslated or empty Khmer texts and diagnostics in reference solutions are \
            warnings; --strict makes them errors.

            Exit status: 0 no errors, 1 problems found, 2 the pack could not be linted \
            (no exercises/ folder, bad arguments).

            Examples:
              kru lint
              kru lint path/to/pack --strict
              kru lint --format github --strict      (in a GitHub Actions step)
              kru lint --format junit > lint.xml     (for CI test dashboards)
              kru lint --format json | jq '.findings[] | .file'
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, junit, github
    }

    @Argument(help: "The pack: a folder holding exercises/ and graders/ (default: the current folder).")
    var pack: String?

    @Option(help: "Output format: text (for people), json (for tools), junit (XML for CI dashboards), github (Actions annotations).")
    var format: Format = .text

    @Flag(help: "Treat warnings (untranslated Khmer, diagnostics in reference solutions) as errors.")
    var strict = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = try language.resolve()
        let root = URL(fileURLWithPath: pack ?? FileManager.default.currentDirectoryPath, isDirectory: true)
        let report: LintReport
        do {
            report = try Linter(strict: strict).lint(packAt: root)
        } catch {
            throw CLIError.usage(error.description)
        }
        let prefix = pathPrefix
        switch format {
        case .text: print(LintTextWriter(language: lang, pathPrefix: prefix).render(report), terminator: "")
        case .json: print(LintJSONWriter(pack: pack ?? ".").render(report), terminator: "")
        case .junit: print(LintJUnitWriter(language: lang, pathPrefix: prefix).render(report), terminator: "")
        case .github: print(LintGitHubWriter(language: lang, pathPrefix: prefix).render(report), terminator: "")
        }
        if !report.isClean { throw ExitCode(1) }
    }

    /// The pack folder as the user named it, so printed paths open from where kru was run.
    private var pathPrefix: String {
        guard let pack, !pack.isEmpty, pack != ".", pack != "./" else { return "" }
        return pack.hasSuffix("/") ? pack : pack + "/"
    }
}
