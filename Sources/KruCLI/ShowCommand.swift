import ArgumentParser
import Foundation
import KruCore
import KruPack

/// `kru show EXERCISE`: instructions and starter files.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show an exercise's instructions, hints and starter files.",
        discussion: """
            Examples:
              kru show web/01-first-page
              kru show web/01-first-page --lang km
              kru show exercises/maze/03-repeat
            """)

    @Argument(help: "The exercise: an id such as web/01-first-page, or the path of its folder.")
    var exercise: String

    @OptionGroup var pack: PackOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = try language.resolve()
        let (_, exercise) = try pack.exercise(exercise, language: lang)
        var out = "\(exercise.id) — \(exercise.title.text(lang))\n\n"
        if let summary = exercise.summary { out += summary.text(lang) + "\n\n" }
        if exercise.kind == .maze { out += try RunCommand.mazeIntroduction(exercise, language: lang) }
        out += exercise.instructions.text(lang).trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
        if !exercise.hints.isEmpty {
            out += "\n" + Self.hintsTitle.text(lang) + "\n"
            for hint in exercise.hints { out += "  • " + hint.text(lang) + "\n" }
        }
        let starter = exercise.starterFiles
        if !starter.isEmpty {
            out += "\n" + Self.starterTitle.text(lang) + "\n"
            for file in starter {
                out += "  \(exercise.starterDirectory.path)/\(file)\n"
            }
        }
        print(out, terminator: "")
    }

    static let hintsTitle = LocalizedText(en: "Hints:", km: "គន្លឹះ៖")
    static let starterTitle = LocalizedText(
        en: "Starter files (copy them and start from there):",
        km: "ឯកសារចាប់ផ្ដើម (ចម្លងវា ហើយចាប់ផ្ដើមពីទីនោះ)៖")
}
