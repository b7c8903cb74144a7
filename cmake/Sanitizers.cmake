# AddressSanitizer + UndefinedBehaviorSanitizer as an INTERFACE target (the asan preset turns it on).
add_library(vigil_sanitizers INTERFACE)
if(VIGIL_SANITIZE)
    target_compile_options(vigil_sanitizers INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(vigil_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
