import Foundation

/// Reads a submission from disk into ``SubmissionFiles``.
///
/// A folder is read recursively (hidden files and symbolic links skipped);
/// a single file counts as a folder holding only `index.html` for `.html`/
/// `.htm` files, or only that file under its own name otherwise.
public enum SubmissionLoader {
    public static func load(
        _ url: URL,
        byteLimit: Int = SubmissionFiles.defaultByteLimit,
        fileLimit: Int = SubmissionFiles.defaultFileLimit
    ) throws(SubmissionError) -> SubmissionFiles {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SubmissionError(
                path: path,
                message: LocalizedText(
                    en: "no file or folder here; check the path and try again",
                    km: "គ្មានឯកសារ ឬថតនៅទីនេះទេ; សូមពិនិត្យផ្លូវ ហើយសាកល្បងម្ដងទៀត"
                )
            )
        }
        if !isDirectory.boolValue {
            let data = try readFile(url, byteLimit: byteLimit)
            let ext = url.pathExtension.lowercased()
            let name = (ext == "html" || ext == "htm") ? "index.html" : url.lastPathComponent
            return SubmissionFiles(origin: path, files: [name: data])
        }
        var files: [String: Data] = [:]
        var total = 0
        let root = url.standardizedFileURL
        let keys: [URLResourceKey] = [.isRegularFileKey, .isSymbolicLinkKey, .fileSizeKey]
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]
        ) else {
            throw SubmissionError(path: path, message: unreadable)
        }
        for case let file as URL in enumerator {
            let values = try? file.resourceValues(forKeys: Set(keys))
            if values?.isSymbolicLink == true { continue }
            guard values?.isRegularFile == true else { continue }
            let relative = String(file.standardizedFileURL.path.dropFirst(root.path.count))
                .trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            guard files.count < fileLimit else {
                throw SubmissionError(
                    path: path,
                    message: LocalizedText(
                        en: "more than \(fileLimit) files; submit only the files of this exercise",
                        km: "មានឯកសារច្រើនជាង \(fileLimit); សូមដាក់ស្នើតែឯកសាររបស់លំហាត់នេះប៉ុណ្ណោះ"
                    )
                )
            }
            let data = try readFile(file, byteLimit: byteLimit)
            total += data.count
            guard total <= byteLimit else { throw tooBig(path, byteLimit) }
            files[relative] = data
        }
        return SubmissionFiles(origin: path, files: files)
    }

    private static func readFile(_ url: URL, byteLimit: Int) throws(SubmissionError) -> Data {
        if let size = (try? url.resourceValues(forKeys: [.fileSizeKey]))?.fileSize, size > byteLimit {
            throw tooBig(url.path, byteLimit)
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw SubmissionError(path: url.path, message: unreadable)
        }
    }

    private static let unreadable = LocalizedText(
        en: "cannot be read; check that it exists and that you may open it",
        km: "មិនអាចអានបានទេ; សូមពិនិត្យថាវាមាន ហើយអ្នកមានសិទ្ធិបើកវា"
    )

    private static func tooBig(_ path: String, _ limit: Int) -> SubmissionError {
        SubmissionError(
            path: path,
            message: LocalizedText(
                en: "is larger than \(limit / 1024 / 1024) MB; a web exercise is much smaller, so check you chose the right file",
                km: "ធំជាង \(limit / 1024 / 1024) MB; លំហាត់គេហទំព័រតូចជាងនេះច្រើន សូមពិនិត្យថាអ្នកបានជ្រើសឯកសារត្រឹមត្រូវ"
            )
        )
    }
}
