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
        let lang = try language.resolve()
        let pack = try pack.load(language: lang)
        let width = pack.exercises.map(\.id.count).max() ?? 0
        for exercise in pack.exercises {
            print(exercise.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + exercise.title.text(lang))
        }
        for problem in pack.problems {
            Terminal.printWarning(Self.leftOut.filling(["problem": problem.description]).text(lang), language: lang)
        }
    }

    static let leftOut = LocalizedText(
        en: "an exercise cannot be loaded and is not listed ({problem}); tell your mentor: the exercise pack needs fixing",
        km: "មិនអាចផ្ទុកលំហាត់មួយបានទេ ហើយវាមិនមាននៅក្នុងបញ្ជីទេ ({problem}); សូមប្រាប់គ្រូណែនាំរបស់អ្នក ព្រោះកញ្ចប់លំហាត់ត្រូវការកែ")
}
