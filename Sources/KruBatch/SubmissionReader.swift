import Foundation
import KruCore
import KruPack
import ZIPFoundation

/// Reads a pending submission into memory and makes sure it can be graded:
/// not empty, not binary, not over the size limit
/// (``SubmissionFiles/defaultByteLimit``, 5 MB for all files together), text
/// files decodable. Every refusal is a ``SubmissionError`` naming the file.
package enum SubmissionReader {
    /// Endings of files that must be text.
    static let textExtensions: Set<String> = ["html", "htm", "css", "js", "xml", "json", "txt", "svg", "md"]
    /// Endings of puzzle program files.
    static let programExtensions: Set<String> = ["xml", "json", "txt"]

    package static func read(_ pending: PendingSubmission) throws(SubmissionError) -> SubmissionFiles {
        var files: [String: Data]
        switch pending.source {
        case .memory(let submission):
            files = submission.files
        case .path(let url):
            if let data = try readFile(url, origin: pending.origin) {
                // Keep the student's own file name: the rules below decide what it counts as.
                files = [url.lastPathComponent: data]
            } else {
                files = try SubmissionLoader.load(url).files
            }
        case .files(let urls):
            files = [:]
            var total = 0
            for (relative, url) in urls {
                var data = Data()
                if let file = try readFile(url, origin: pending.origin) {
                    data = file
                } else if let first = try SubmissionLoader.load(url).files.values.first {
                    data = first
                }
                total += data.count
                if total > SubmissionFiles.defaultByteLimit { throw tooBig(pending.origin) }
                files[relative] = data
            }
        case .zipEntries(let archiveURL, let entries):
            let archive: Archive
            do {
                archive = try Archive(url: archiveURL, accessMode: .read)
            } catch {
                throw ZipReading.corrupt(archiveURL.lastPathComponent)
            }
            files = try ZipReading.read(archive, wanted: entries, archiveName: pending.origin)
        }
        return try normalize(files, exercise: pending.exercise, origin: pending.origin)
    }

    /// The contents of a regular file, or nil when `url` is a folder (read
    /// with ``SubmissionLoader``). One open, fstat and read: most submissions
    /// are one small file, and Foundation's file APIs cost many more calls.
    static func readFile(_ url: URL, origin: String) throws(SubmissionError) -> Data? {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT {
                throw SubmissionError(path: origin, message: LocalizedText(
                    en: "no file or folder here any more; it was moved or deleted while kru was running",
                    km: "គ្មានឯកសារ ឬថតនៅទីនេះទៀតទេ; វាត្រូវបានផ្លាស់ទី ឬលុបនៅពេល kru កំពុងដំណើរការ"))
            }
            throw unreadable(origin)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw unreadable(origin) }
        if (status.st_mode & S_IFMT) == S_IFDIR { return nil }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw unreadable(origin) }
        let limit = SubmissionFiles.defaultByteLimit
        guard status.st_size <= limit else { throw tooBig(origin) }
        // Read to the end (the file may have grown since fstat), never past the limit.
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= limit else { throw tooBig(origin) }
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1 - count)))
            }
            let got = bytes.withUnsafeMutableBytes { raw in systemRead(descriptor, raw.baseAddress! + count, raw.count - count) }
            if got < 0 {
                if errno == EINTR { continue }
                throw unreadable(origin)
            }
            if got == 0 { break }
            count += got
        }
        guard count <= limit else { throw tooBig(origin) }
        return Data(bytes[0..<count])
    }

    static func unreadable(_ origin: String) -> SubmissionError {
        SubmissionError(path: origin, message: LocalizedText(
            en: "cannot be read; check that it exists and that you may open it",
            km: "មិនអាចអានបានទេ; សូមពិនិត្យថាវាមាន ហើយអ្នកមានសិទ្ធិបើកវា"))
    }

    /// Unpacks a lone zip, drops a lone wrapping folder, names a lone page
    /// `index.html`, and refuses what cannot be graded.
    package static func normalize(_ input: [String: Data], exercise: Exercise, origin: String) throws(SubmissionError) -> SubmissionFiles {
        var files = input.filter { !ZipReading.isClutter($0.key) }
        guard !files.isEmpty else { throw empty(origin, detail: nil) }
        if files.count == 1, let (name, data) = files.first, name.lowercased().hasSuffix(".zip") {
            files = try ZipReading.readAll(data, name: "\(origin) (\(name))").filter { !$0.key.hasSuffix("/") }
            guard !files.isEmpty else { throw empty(origin, detail: name) }
        }
        // A zip (or folder) holding one folder with everything in it.
        let firstSegments = Set(files.keys.map { $0.split(separator: "/", maxSplits: 1).first.map(String.init) ?? $0 })
        if firstSegments.count == 1, let wrapper = firstSegments.first, files.keys.allSatisfy({ $0.hasPrefix(wrapper + "/") }) {
            files = Dictionary(uniqueKeysWithValues: files.map { (String($0.key.dropFirst(wrapper.count + 1)), $0.value) })
        }
        guard files.values.reduce(0, { $0 + $1.count }) <= SubmissionFiles.defaultByteLimit else { throw tooBig(origin) }
        switch exercise.kind {
        case .web, .css:
            let pages = files.keys.filter { !$0.contains("/") && ["html", "htm"].contains(ext($0)) }
            if files["index.html"] == nil, pages.count == 1, let page = pages.first {
                files["index.html"] = files.removeValue(forKey: page)
            }
        case .maze:
            let programs = files.keys.filter { programExtensions.contains(ext($0)) }
            guard programs.count == 1 else {
                throw SubmissionError(
                    path: origin,
                    message: programs.isEmpty
                        ? LocalizedText(
                            en: "holds no block program (.xml, .json or .txt); export the program from the block editor",
                            km: "គ្មានកម្មវិធីប្លុក (.xml, .json ឬ .txt) ទេ; សូមនាំចេញកម្មវិធីពីកម្មវិធីកែប្លុក")
                        : LocalizedText(
                            en: "holds \(programs.count) program files (\(programs.sorted().joined(separator: ", "))); submit exactly one",
                            km: "មានឯកសារកម្មវិធី \(programs.count) (\(programs.sorted().joined(separator: ", "))); សូមដាក់ស្នើតែមួយប៉ុណ្ណោះ"))
            }
            files = files.filter { programExtensions.contains(ext($0.key)) }
        }
        for path in files.keys.sorted() where textExtensions.contains(ext(path)) {
            let data = files[path]!
            let name = "\(origin) (\(path))"
            if data.isEmpty || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                throw empty(origin, detail: path)
            }
            switch TextDecoding.decode(data) {
            case .success: continue
            case .failure(.invalid) where ["html", "htm"].contains(ext(path)) && declaresCharset(data):
                continue  // the HTML parser honours <meta charset>
            case .failure(let failure):
                throw SubmissionError(path: name, message: TextDecoding.message(failure, file: path))
            }
        }
        return SubmissionFiles(origin: origin, files: files)
    }

    static func ext(_ path: String) -> String { (path as NSString).pathExtension.lowercased() }

    static func declaresCharset(_ data: Data) -> Bool {
        String(decoding: data.prefix(1024), as: UTF8.self).lowercased().contains("charset")
    }

    static func empty(_ origin: String, detail: String?) -> SubmissionError {
        let what = detail.map { "\($0) is empty" } ?? "no files"
        let whatKm = detail.map { "\($0) គឺទទេ" } ?? "គ្មានឯកសារ"
        return SubmissionError(
            path: origin,
            message: LocalizedText(
                en: "\(what): nothing to grade; save your work into the file and submit again",
                km: "\(whatKm): គ្មានអ្វីត្រូវដាក់ពិន្ទុទេ; សូមរក្សាទុកការងាររបស់អ្នកក្នុងឯកសារ ហើយដាក់ស្នើម្ដងទៀត"))
    }

    static func tooBig(_ origin: String) -> SubmissionError {
        let limit = SubmissionFiles.defaultByteLimit / 1024 / 1024
        return SubmissionError(
            path: origin,
            message: LocalizedText(
                en: "is larger than \(limit) MB in all; an exercise is much smaller, so check the right files were submitted",
                km: "ធំជាង \(limit) MB សរុប; លំហាត់មួយតូចជាងនេះច្រើន សូមពិនិត្យថាបានដាក់ស្នើឯកសារត្រឹមត្រូវ"))
    }
}

/// `read(2)` (the name is taken by ``SubmissionReader``'s own `read`).
private func systemRead(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, bytes, count)
}
