import CFuzzDriver
import FuzzSupport
import Glibc

// libFuzzer target: `scripts/fuzz sentences SECONDS`.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
    LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
        FuzzSubjects.sentences(bytes)
        return 0
    })
