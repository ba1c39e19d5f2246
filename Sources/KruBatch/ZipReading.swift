import Foundation
import KruCore
import ZIPFoundation

/// Reads zip entries straight into memory, never onto disk, refusing what a
/// hostile or broken zip can do: entries that climb out (`../`, absolute
/// paths), symbolic links, zip bombs (more than the submission byte limit
/// once inflated, or inflating more than ``maxRatio`` times), corrupt data.
///
/// Sizes are counted on the bytes actually inflated, never taken from the
/// zip's headers.
package enum ZipReading {
    /// An entry inflating more than this many times its compressed size (and
    /// past 64 KB) is treated as a zip bomb.
    package static let maxRatio: UInt64 = 200

    /// What is wrong with an entry path, or `nil` when it is a safe relative path.
    package static func pathProblem(_ path: String) -> LocalizedText? {
        let unified = path.replacingOccurrences(of: "\\", with: "/")
        let segments = unified.split(separator: "/", omittingEmptySubsequences: false)
        if unified.hasPrefix("/") || (segments.first?.count == 2 && segments.first?.last == ":") {
            return LocalizedText(
                en: "the zip entry \"\(path)\" has an absolute path; kru only reads paths inside the zip",
                km: "ធាតុ zip \"\(path)\" មានផ្លូវពេញ (absolute); kru អានតែផ្លូវនៅក្នុង zip ប៉ុណ្ណោះ")
        }
        if segments.contains("..") {
            return LocalizedText(
                en: "the zip entry \"\(path)\" climbs out of the zip folder with \"..\"; the zip is refused, make it again from the exercise folder",
                km: "ធាតុ zip \"\(path)\" ឡើងចេញពីថត zip ដោយ \"..\"; zip ត្រូវបានបដិសេធ សូមបង្កើតវាម្ដងទៀតពីថតលំហាត់")
        }
        return nil
    }

    /// Whether an entry is clutter a zip tool adds (`__MACOSX/`, `.DS_Store`, hidden files).
    package static func isClutter(_ path: String) -> Bool {
        let segments = path.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        return segments.contains { $0 == "__MACOSX" || ($0.hasPrefix(".") && $0 != ".." && $0 != ".") }
    }

    /// Reads the entries `wanted` (entry path → relative path in the
    /// submission) of `archive`, within the submission limits.
    package static func read(
        _ archive: Archive, wanted: [String: String], archiveName: String,
        byteLimit: Int = SubmissionFiles.defaultByteLimit
    ) throws(SubmissionError) -> [String: Data] {
        var files: [String: Data] = [:]
        var total = 0
        for entry in archive {
            guard let relative = wanted[entry.path] else { continue }
            if entry.type == .symlink {
                throw SubmissionError(
                    path: "\(archiveName): \(entry.path)",
                    message: LocalizedText(
                        en: "is a symbolic link inside the zip; kru does not follow links, put the real file in the zip",
                        km: "គឺជាតំណនិមិត្តសញ្ញា (symbolic link) នៅក្នុង zip; kru មិនតាមតំណទេ សូមដាក់ឯកសារពិតក្នុង zip"))
            }
            guard entry.type == .file else { continue }
            var data = Data()
            let compressed = max(entry.compressedSize, 1)
            do {
                let checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                    data.append(chunk)
                    if total + data.count > byteLimit { throw Stop.tooBig }
                    if data.count > 65_536, UInt64(data.count) / compressed > maxRatio { throw Stop.bomb }
                }
                if checksum != entry.checksum { throw Stop.corrupt }
            } catch Stop.tooBig {
                throw SubmissionError(
                    path: "\(archiveName): \(entry.path)",
                    message: LocalizedText(
                        en: "inflates to more than \(byteLimit / 1024 / 1024) MB (a zip bomb, or not this exercise); submit only the exercise's files",
                        km: "ពង្រីកលើសពី \(byteLimit / 1024 / 1024) MB (zip bomb ឬមិនមែនលំហាត់នេះ); សូមដាក់ស្នើតែឯកសាររបស់លំហាត់ប៉ុណ្ណោះ"))
            } catch Stop.bomb {
                throw SubmissionError(
                    path: "\(archiveName): \(entry.path)",
                    message: LocalizedText(
                        en: "inflates more than \(maxRatio) times its packed size: refused as a zip bomb",
                        km: "ពង្រីកលើសពី \(maxRatio) ដងនៃទំហំបង្ហាប់: ត្រូវបានបដិសេធជា zip bomb"))
            } catch {
                throw corrupt("\(archiveName): \(entry.path)")
            }
            total += data.count
            files[relative] = data
        }
        guard files.count == Set(wanted.values).count else { throw corrupt(archiveName) }
        return files
    }

    /// Reads a whole zip held in memory (a student uploaded `site.zip`).
    package static func readAll(_ data: Data, name: String, byteLimit: Int = SubmissionFiles.defaultByteLimit) throws(SubmissionError) -> [String: Data] {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw corrupt(name)
        }
        var wanted: [String: String] = [:]
        var count = 0
        for entry in archive {
            if let problem = pathProblem(entry.path) { throw SubmissionError(path: name, message: problem) }
            if isClutter(entry.path) { continue }
            if entry.type == .symlink || entry.type == .file {
                count += 1
                guard count <= SubmissionFiles.defaultFileLimit else {
                    throw SubmissionError(
                        path: name,
                        message: LocalizedText(
                            en: "holds more than \(SubmissionFiles.defaultFileLimit) files; zip only the exercise's folder",
                            km: "មានឯកសារច្រើនជាង \(SubmissionFiles.defaultFileLimit); សូម zip តែថតលំហាត់ប៉ុណ្ណោះ"))
                }
                wanted[entry.path] = entry.path.replacingOccurrences(of: "\\", with: "/")
            }
        }
        guard !wanted.isEmpty else { throw corrupt(name) }
        return try read(archive, wanted: wanted, archiveName: name, byteLimit: byteLimit)
    }

    package static func corrupt(_ name: String) -> SubmissionError {
        SubmissionError(
            path: name,
            message: LocalizedText(
                en: "is not a readable zip (corrupt or cut short); make the zip again and resubmit",
                km: "មិនមែនជា zip ដែលអាចអានបានទេ (ខូច ឬមិនពេញលេញ); សូមបង្កើត zip ម្ដងទៀត ហើយដាក់ស្នើឡើងវិញ"))
    }

    private enum Stop: Error { case tooBig, bomb, corrupt }
}
