// Empty: the header declares LLVMFuzzerRunDriver, which libFuzzer provides.
