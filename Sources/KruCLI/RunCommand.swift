import ArgumentParser
import Foundation
import KruCore
import KruMaze
import KruPack

/// `kru run PUZZLE PROGRAM`: run a block program on a maze puzzle and show
/// the maze with the path the robot took.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a block program on a maze puzzle and show the path the robot took.",
        discussion: """
            Draws the maze in the terminal with the path taken (· or o), the start (S), \
            the finish (F), the robot facing its way, and the wall it hit (✗ or X), then \
            says what happened: which step and which block. The program may be Blockly \
            XML, Blockly JSON or kru's text form (see Sources/KruMaze/TEXT-FORMAT.md).

            With --animate on a terminal the robot walks frame by frame; when the output \
            is not a terminal the final picture is printed. --svg writes the same picture \
            as an SVG file.

            Exit status: 0 the robot reached the finish, 1 it did not (or the program \
            did not run), 2 usage error or a program file that cannot be read.

            Examples:
              kru run maze/02-turn my-program.txt
              kru run maze/08-wall-follower robot.xml --animate
              kru run maze/03-repeat program.json --svg path.svg --lang km
              kru run exercises/maze/05-until program.txt --ascii
            """)

    @Argument(help: "The puzzle: an id such as maze/02-turn, or the path of its folder.")
    var puzzle: String

    @Argument(help: "The program file (.xml, .json or .txt).")
    var program: String

    @Flag(help: "Show the robot walking, frame by frame (only when the output is a terminal).")
    var animate = false

    @Option(help: ArgumentHelp("Milliseconds between animation frames.", valueName: "ms"))
    var delay = 150

    @Option(help: ArgumentHelp("Also write the picture as an SVG file.", valueName: "file"))
    var svg: String?

    @Flag(help: "Draw with ASCII characters only (# o X > < ^ v).")
    var ascii = false

    @OptionGroup var pack: PackOptions
    @OptionGroup var language: LanguageOption

    /// At most this many frames are drawn; longer runs skip evenly.
    static let maxFrames = 200

    func validate() throws {
        guard (0...5_000).contains(delay) else { throw ValidationError(Self.delayRange.text(language.bestEffort)) }
    }

    func run() throws {
        let lang = try language.resolve()
        let (_, exercise) = try pack.exercise(puzzle, language: lang)
        guard exercise.kind == .maze else {
            throw CLIError.usage(Self.notAPuzzle.filling(["id": exercise.id, "kind": exercise.kind.rawValue]).text(lang))
        }
        let puzzle = try Self.loadPuzzle(exercise, language: lang)
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: program))
        } catch {
            throw CLIError.usage(Self.missingProgram.filling(["file": program]).text(lang))
        }
        let loaded: Program
        do {
            loaded = try ProgramLoader.load(data: data, file: program)
        } catch {
            throw CLIError.usage(error.message.text(lang))
        }
        let grade = PuzzleGrader(puzzle: puzzle).grade(loaded)
        let style = MazePicture.TextStyle(ascii: ascii, color: Terminal.colorOutput)

        print("\(exercise.id) — \(puzzle.title.text(lang))\n")
        if animate, isatty(STDOUT_FILENO) == 1, let result = grade.result {
            animateRun(puzzle: puzzle, result: result, style: style)
        } else {
            print(MazePicture.text(puzzle: puzzle, run: grade.result, style: style))
        }
        print(MazePicture.legend(lang, style: style) + "\n")
        print(Self.outcome(grade, language: lang), terminator: "")

        if let svg {
            let picture = MazePicture.svg(puzzle: puzzle, run: grade.result, language: lang)
            do {
                try Data(picture.utf8).write(to: URL(fileURLWithPath: svg))
            } catch {
                throw CLIError.usage(Self.cannotWrite.filling(["file": svg]).text(lang) + ": \(error.localizedDescription)")
            }
            print(Self.pictureSaved.filling(["file": svg]).text(lang))
        }
        if grade.run.outcome != .solved { throw ExitCode(1) }
    }

    /// The puzzle with its numbers when the pack has a grader, else only
    /// what the student sees. A broken puzzle file is a usage error in
    /// `language`, naming the file and the line.
    static func loadPuzzle(_ exercise: Exercise, language: Language) throws -> Puzzle {
        let graderFile = exercise.graderDirectory.appendingPathComponent("puzzle.yaml")
        do {
            if let data = FileManager.default.contents(atPath: graderFile.path) {
                return try Puzzle.load(
                    exerciseYAML: exercise.exerciseYAML, exerciseFile: exercise.exerciseFile,
                    graderYAML: String(decoding: data, as: UTF8.self), graderFile: "graders/\(exercise.id)/puzzle.yaml")
            }
            return try Puzzle.loadExercise(yaml: exercise.exerciseYAML, file: exercise.exerciseFile)
        } catch {
            throw CLIError.usage(
                Self.brokenPuzzle.filling(["problem": "\(error.location): \(error.message.text(language))"]).text(language))
        }
    }

    /// A maze puzzle's story and map with its legend, for `kru show`.
    static func mazeIntroduction(_ exercise: Exercise, language: Language) throws -> String {
        let puzzle = try loadPuzzle(exercise, language: language)
        let style = MazePicture.TextStyle(color: Terminal.colorOutput)
        var out = puzzle.story.map { $0.text(language) + "\n\n" } ?? ""
        out += MazePicture.text(puzzle: puzzle, style: style) + "\n" + MazePicture.legend(language, style: style) + "\n\n"
        return out
    }

    /// What happened, the hint and the notes, then the other checks the
    /// program fails (too many blocks …), in one language (ends with a blank line).
    static func outcome(_ grade: PuzzleGrade, language: Language) -> String {
        guard let solved = grade.checks.first(where: { $0.id == "solved" }) else { return "" }
        var out = solved.message.text(language) + "\n"
        if let location = solved.location { out += "  → \(location)\n" }
        if let hint = solved.hint { out += "\(hintLabel.text(language)): \(hint.text(language))\n" }
        for note in solved.notes { out += "• \(note.text(language))\n" }
        // The puzzle's other rules, when the program ran but breaks them.
        if grade.result != nil {
            for check in grade.checks where check.id != solved.id && check.status != .pass {
                out += "✘ \(check.id): \(check.message.text(language))\n"
            }
        }
        return out + "\n"
    }

    /// The steps after which an animation draws a frame: every step that
    /// changes the picture (a move, a turn, a crash), at most ``maxFrames``,
    /// always ending with the last one. Step 0 (before the run) comes first.
    static func frameSteps(_ result: RunResult, maxFrames: Int = maxFrames) -> [Int] {
        let visible = result.trace.filter { step in
            switch step.action {
            case .move, .crash, .turnLeft, .turnRight: return true
            case .check, .loopStart, .loopRound: return false
            }
        }.map(\.step)
        guard let last = visible.last else { return [0] }
        let stride = max(1, (visible.count + maxFrames - 1) / maxFrames)
        var steps = [0] + Swift.stride(from: stride - 1, to: visible.count, by: stride).map { visible[$0] }
        if steps.last != last { steps.append(last) }
        return steps
    }

    /// Draws the run frame by frame, redrawing the picture in place.
    private func animateRun(puzzle: Puzzle, result: RunResult, style: MazePicture.TextStyle) {
        let height = puzzle.maze.height
        var first = true
        for step in Self.frameSteps(result) {
            let picture = MazePicture.text(puzzle: puzzle, run: result, throughStep: step, style: style)
            var frame = first ? "" : "\u{1B}[\(height)A"
            for line in picture.split(separator: "\n", omittingEmptySubsequences: false) {
                frame += "\u{1B}[2K" + line + "\n"
            }
            FileHandle.standardOutput.write(Data(frame.utf8))
            first = false
            if delay > 0 { usleep(useconds_t(delay) * 1000) }
        }
    }

    static let hintLabel = LocalizedText(en: "Hint", km: "គន្លឹះ")
    static let delayRange = LocalizedText(
        en: "--delay must be between 0 and 5000 ms", km: "--delay ត្រូវតែនៅចន្លោះ 0 និង 5000 មិល្លីវិនាទី")
    static let notAPuzzle = LocalizedText(
        en: "{id} is a {kind} exercise; kru run runs maze puzzles (use kru check {id} …)",
        km: "{id} ជាលំហាត់ប្រភេទ {kind}; kru run ដំណើរការតែលំហាត់ផ្លូវវង្វេង (maze) ប៉ុណ្ណោះ (សូមប្រើ kru check {id} …)")
    static let brokenPuzzle = LocalizedText(
        en: "this puzzle cannot be loaded, its file has a mistake: {problem}; tell your mentor: the exercise pack needs fixing",
        km: "មិនអាចផ្ទុកល្បែងនេះបានទេ ឯកសាររបស់វាមានកំហុស: {problem}; សូមប្រាប់គ្រូណែនាំរបស់អ្នក ព្រោះកញ្ចប់លំហាត់ត្រូវការកែ")
    static let missingProgram = LocalizedText(
        en: "cannot read the program file {file}: check the name and the folder",
        km: "មិនអាចអានឯកសារកម្មវិធី {file} បានទេ: សូមពិនិត្យឈ្មោះ និងថតឯកសារ")
    static let cannotWrite = LocalizedText(
        en: "cannot write the picture to {file}", km: "មិនអាចសរសេររូបភាពទៅ {file} បានទេ")
    static let pictureSaved = LocalizedText(
        en: "Picture saved to {file}", km: "បានរក្សាទុករូបភាពក្នុង {file}")
}
