import ArgumentParser
import KruCore
import KruPack

/// `kru list`: the exercises of a pack with their titles.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the exercises of a pack, with their titles.",
        discussion: """
            Examples:
              kru list
              kru list --lang km
              kru list --pack ~/club-pack
            """)

    @OptionGroup var pack: PackOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        let pack = try pack.load()
        let lang = try language.resolve()
        let width = pack.exercises.map(\.id.count).max() ?? 0
        for exercise in pack.exercises {
            print(exercise.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + exercise.title.text(lang))
        }
        for problem in pack.problems {
            Terminal.printError("warning: \(problem)")
        }
    }
}
