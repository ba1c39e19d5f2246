import Foundation
import KruMaze
import Testing
@testable import KruCLI

/// `kru run` run as a real process, and its animation frames.
@Suite struct RunCommandTests {
    static func write(_ text: String, name: String = "program.txt") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kru-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func crashShowsThePictureTheStepAndTheBlock() throws {
        let program = try Self.write("forward\nforward\n")
        let output = try CLIRunner.run(["run", "maze/02-turn", program.path, "--lang", "en"])
        #expect(output.status == 1)
        let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "maze/02-turn — Turn the corner")
        // The maze: start, robot facing the wall, the crash mark on the wall, the finish below.
        #expect(Array(lines[2...6]) == ["██████████", "██S ▶ ✗ ██", "████  ████", "████F ████", "██████████"])
        #expect(output.stdout.contains("The robot hit a wall at step 2, on the 2nd 'move forward' block at line 2, column 1."))
        #expect(output.stdout.contains("program.txt:2:1"))
        #expect(output.stdout.contains("Hint: "))
        #expect(!output.stdout.contains("\u{1B}["), "piped output has no colour codes")
    }

    @Test func khmerAsciiAndTheSVGFile() throws {
        let program = try Self.write("forward\nforward\n")
        let svg = program.deletingLastPathComponent().appendingPathComponent("path.svg")
        let output = try CLIRunner.run(["run", "maze/02-turn", program.path, "--lang", "km", "--ascii", "--svg", svg.path])
        #expect(output.status == 1)
        #expect(output.stdout.contains("##S > X ##"))
        #expect(output.stdout.contains("រ៉ូបូតបុកជញ្ជាំងនៅជំហានទី 2 នៅប្លុក 'ទៅមុខ' ទី 2"))
        #expect(output.stdout.contains("គន្លឹះ: "))
        #expect(output.stdout.contains("បានរក្សាទុករូបភាពក្នុង"))
        let picture = try String(contentsOf: svg, encoding: .utf8)
        #expect(picture.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(picture.contains("<title>បត់ជ្រុង: រ៉ូបូតបុកជញ្ជាំងនៅជំហានទី 2</title>"))
        #expect(picture.contains(#"<g class="kru-maze-crash"><rect x="60" y="20""#))
        #expect(picture.hasSuffix("</svg>"))
    }

    @Test func solvedWithMoreBlocksThanIdealExitsZeroWithTheNoteAndTheBrokenRule() throws {
        let output = try CLIRunner.run(["run", "maze/11-nested-stairs", "graders/maze/11-nested-stairs/wrong/flat.xml"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("The robot reached the finish at step 18, on the 6th 'move forward' block (id `f6`)."))
        #expect(output.stdout.contains("• solved with 9 blocks; it can be done with 7"))
        #expect(output.stdout.contains("✘ max-blocks: the program uses 9 blocks, but at most 7 are allowed"))
        // Blockly JSON and the reference solution: solved, nothing more to say.
        let json = try CLIRunner.run(["run", "maze/12-uneven-stairs", "graders/maze/12-uneven-stairs/solution.json"])
        #expect(json.status == 0)
        #expect(!json.stdout.contains("✘"))
    }

    @Test func animateWithoutATerminalPrintsTheFinalPicture() throws {
        let program = "graders/maze/08-wall-follower/solution.txt"
        let still = try CLIRunner.run(["run", "maze/08-wall-follower", program])
        let animated = try CLIRunner.run(["run", "maze/08-wall-follower", program, "--animate", "--delay", "0"])
        #expect(animated.status == 0)
        #expect(animated.stdout == still.stdout)
    }

    @Test func unreadableProgramsAndWrongExercisesAreUsageErrors() throws {
        let broken = try Self.write("<xml><block type=\"maze_moveForward\">", name: "broken.xml")
        let output = try CLIRunner.run(["run", "maze/01-straight", broken.path])
        #expect(output.status == 2)
        #expect(output.stderr.contains("broken.xml"))
        let missing = try CLIRunner.run(["run", "maze/01-straight", "/nonexistent/robot.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/robot.txt"))
        let web = try CLIRunner.run(["run", "web/01-first-page", broken.path])
        #expect(web.status == 2)
        #expect(web.stderr.contains("maze puzzles"))
        // A program whose blocks are broken is read, but not run: exit 1 with the block named.
        let unknown = try Self.write(#"<xml><block type="maze_jump" id="j1"/></xml>"#, name: "jump.xml")
        let notRun = try CLIRunner.run(["run", "maze/01-straight", unknown.path])
        #expect(notRun.status == 1)
        #expect(notRun.stdout.contains("`maze_jump` (id `j1`)"))
    }

    @Test func animationFramesFollowVisibleStepsAndAreCapped() throws {
        let puzzle = try #require(try? Puzzle.load(
            exerciseYAML: "kind: maze\ntitle: {en: T, km: ត}\nmap: |\n  #####\n  #>.##\n  ##.##\n  ##F##\n  #####\n",
            exerciseFile: "e.yaml", graderYAML: "ideal: 4\n", graderFile: "p.yaml"))
        let program = try ProgramLoader.load(text: "if path ahead { forward }\nturn right\nforward\nforward", file: "p.txt")
        let result = try #require(PuzzleGrader(puzzle: puzzle).grade(program).result)
        // Step 1 only looks: no frame for it.
        #expect(RunCommand.frameSteps(result) == [0, 2, 3, 4, 5])
        // A 10,000-step endless loop draws at most the cap, and ends on its last step.
        let spin = try #require(PuzzleGrader(puzzle: puzzle).grade(try ProgramLoader.load(text: "until finish { turn left }", file: "s.txt")).result)
        let frames = RunCommand.frameSteps(spin)
        #expect(frames.count <= RunCommand.maxFrames + 2)
        #expect(frames.first == 0)
        #expect(frames.last == spin.trace.last { $0.action == .turnLeft }?.step)
        #expect(frames == frames.sorted())
    }

    @Test func showDrawsTheMazeWithItsStory() throws {
        let output = try CLIRunner.run(["show", "maze/02-turn", "--lang", "km"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("ផ្លូវកោង។"))
        #expect(output.stdout.contains("██▶   ████\n████  ████\n████F ████"))
    }
}
