import Foundation

/// Runs the built `kru` binary, as a user would, and captures what it prints.
struct CLIRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root (where `exercises/` and `graders/` are).
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// The `kru` executable built next to the test bundle.
    static var executable: URL {
        let buildFolder = Bundle.main.bundleURL.deletingLastPathComponent()
        let candidates = [buildFolder.appendingPathComponent("kru"), Bundle.main.bundleURL.appendingPathComponent("kru")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// A `kru` process ready to start, with a clean language environment.
    static func process(_ arguments: [String], environment: [String: String] = [:], in directory: URL = packageRoot) -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["KRU_LANG"] = nil
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        return process
    }

    /// Starts `kru` without waiting for it (its output is dropped).
    static func start(_ arguments: [String], in directory: URL = packageRoot) throws -> Process {
        let process = process(arguments, in: directory)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func run(_ arguments: [String], environment: [String: String] = [:], in directory: URL = packageRoot) throws -> Output {
        let process = process(arguments, environment: environment, in: directory)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
