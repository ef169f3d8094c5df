# Writes a C++ source that holds each data file as a string, so the core carries its tables inside
# the binary and the wasm module (no file system, no fetch). The text of them all (kData below) goes
# to TEXT, which tools/embed/pack.cpp packs into kPacked (core/text_pack.hpp); the source unpacks it
# on the first table asked for.
# Usage: cmake -DOUT=<file.cpp> -DTEXT=<file.txt> -DFILES="<a.tsv>|<b.tsv>" -P embed.cmake
string(REPLACE "|" ";" FILES "${FILES}")

# All the files are held in one text, kData, each file's text or each of its columns a piece of it,
# in the order written here. gzip finds a repeat only within the last 32 KiB, so the columns of
# Korean words go first and side by side: stems.tsv's, readings.tsv's Hangul and lexicon.tsv's
# words (a verb is in both tables, and many a loanword too): the module was 2.5 KB smaller gzipped
# than with each table's columns together. Then the other pieces in the order that gzip packs best,
# found by trying every move of one piece at a time until none helped (the packed tables as they
# were at the sixteenth round): the readings' Latin spellings, classes.tsv and the response format
# after the words, then the columns of flags and frames beside those of classes and parts of
# speech: 243 B less on the packed tables gzipped alone than the order before packing.
# A piece not named here goes after them all.
set(words_first stems.tsv:0 readings.tsv:1 lexicon.tsv:0 readings.tsv:0 classes.tsv:0
    response_format.json:0 lexicon.tsv:4 stems.tsv:3 lexicon.tsv:3 lexicon.tsv:2 stems.tsv:1
    lexicon.tsv:1 stems.tsv:2)

set(pieces "")  # <file index>:<column> (column 0 for a file held as text), in the files' order
set(file_count 0)
foreach(path IN LISTS FILES)
    set(i ${file_count})
    math(EXPR file_count "${file_count} + 1")
    get_filename_component(name "${path}" NAME)
    set(file_${i}_name "${name}")
    set(file_${i}_path "${path}")
    file(READ "${path}" content)
    # Comment lines document the source; the binary needs none of them. They become empty lines,
    # so line numbers in the loaders' messages still match the file.
    string(REGEX REPLACE "(^|\n)#[^\n]*" "\\1" content "${content}")
    # A note after a row's last field (stems.tsv: "타다 regular verb - # ride; also 'burn'") is a
    # comment too; no table has a field that starts with '#'.
    string(REGEX REPLACE "\t#[^\n]*" "" content "${content}")

    # A table is stored a column at a time: the first field of every line, then the second field of
    # every line that has one, and so on, each field followed by a TAB when its line goes on and by a
    # newline where it ends (embedded.hpp; tsv::Reader reads the rows from the columns in place). A
    # column of parts of speech, classes or flags repeats itself far more than a row does, and gzip
    # finds that: the wasm module is 2.4 KB smaller gzipped than with the rows as written. Only a
    # table that ends with a newline, has no ';', '[', ']' or '\' (which CMake's lists would take
    # apart) and no line of more than tsv::Row::kMaxFields (8) fields is stored so; the others
    # (classes.tsv, whose notes have ';') as their text.
    string(LENGTH "${content}" length)
    set(columnar OFF)
    if(name MATCHES "\\.tsv$" AND length GREATER 0 AND NOT content MATCHES "[][;\\\\]")
        math(EXPR last "${length} - 1")
        string(SUBSTRING "${content}" ${last} 1 end)
        if(end STREQUAL "\n")
            set(columnar ON)
        endif()
    endif()

    if(columnar)
        string(SUBSTRING "${content}" 0 ${last} rows)  # without the last newline: no empty row after it
        string(REPLACE "\n" ";" lines "${rows}")
        set(columns 0)
        foreach(line IN LISTS lines)
            string(REPLACE "\t" ";" fields "${line}")
            list(LENGTH fields count)
            if(count EQUAL 0)  # an empty line: one empty field
                set(count 1)
                set(fields "")
            endif()
            if(count GREATER columns)
                foreach(j RANGE ${columns} ${count})
                    set(column_${j} "")
                endforeach()
                set(columns ${count})
            endif()
            math(EXPR last_field "${count} - 1")
            foreach(j RANGE ${last_field})
                if(count EQUAL 1)
                    set(field "${fields}")
                else()
                    list(GET fields ${j} field)
                endif()
                if(j EQUAL last_field)
                    string(APPEND column_${j} "${field}\n")
                else()
                    string(APPEND column_${j} "${field}\t")
                endif()
            endforeach()
        endforeach()
        if(columns GREATER 8)
            set(columnar OFF)
        endif()
    endif()

    if(columnar)
        set(file_${i}_columns ${columns})
        math(EXPR last_column "${columns} - 1")
        foreach(j RANGE ${last_column})
            set(piece_${i}_${j} "${column_${j}}")
            list(APPEND pieces "${i}:${j}")
        endforeach()
    else()
        set(file_${i}_columns 0)  # held as text
        set(piece_${i}_0 "${content}")
        list(APPEND pieces "${i}:0")
    endif()
endforeach()

# The layout: the pieces named in words_first, then the rest.
set(layout "")
foreach(first IN LISTS words_first)
    string(REPLACE ":" ";" first "${first}")
    list(GET first 0 first_name)
    list(GET first 1 j)
    math(EXPR last_file "${file_count} - 1")
    foreach(i RANGE ${last_file})
        # (a file held as text is its one piece, 0)
        if(file_${i}_name STREQUAL first_name AND (j LESS file_${i}_columns OR
                                                   (j EQUAL 0 AND file_${i}_columns EQUAL 0)))
            list(APPEND layout "${i}:${j}")
        endif()
    endforeach()
endforeach()
foreach(piece IN LISTS pieces)
    list(FIND layout "${piece}" placed)
    if(placed EQUAL -1)
        list(APPEND layout "${piece}")
    endif()
endforeach()

# kData, and where each piece starts in it (string(LENGTH) counts bytes).
set(data "")
set(offset 0)
foreach(piece IN LISTS layout)
    string(REPLACE ":" ";" parts "${piece}")
    list(GET parts 0 i)
    list(GET parts 1 j)
    string(APPEND data "${piece_${i}_${j}}")
    string(LENGTH "${piece_${i}_${j}}" length)
    set(view_${i}_${j} "std::string_view(kData + ${offset}, ${length})")
    math(EXPR offset "${offset} + ${length}")
endforeach()
file(WRITE "${TEXT}.tmp" "${data}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${TEXT}.tmp" "${TEXT}")

set(body "// Generated by tools/embed/embed.cmake from core/data. Do not edit.
#include <string>

#include \"embedded.hpp\"
#include \"text_pack.hpp\"

namespace malmoi {

namespace {

#include \"embedded_packed.inc\"

}  // namespace

Embedded embedded_file(std::string_view name) {
    static const std::string text = text_pack::unpack({kPacked, sizeof kPacked - 1});
    const char* const kData = text.data();
")
math(EXPR last_file "${file_count} - 1")
foreach(i RANGE ${last_file})
    string(APPEND body "    if (name == \"${file_${i}_name}\") {\n")
    if(file_${i}_columns EQUAL 0)
        string(APPEND body "        return {${view_${i}_0}};\n    }\n")
    else()
        set(views "")
        math(EXPR last_column "${file_${i}_columns} - 1")
        foreach(j RANGE ${last_column})
            string(APPEND views "${view_${i}_${j}}, ")
        endforeach()
        string(APPEND body "        static const std::string_view columns[] = {${views}};\n")
        string(APPEND body "        return {{}, columns, ${file_${i}_columns}};\n    }\n")
    endif()
endforeach()
string(APPEND body "    return {};\n}\n\n}  // namespace malmoi\n")
file(WRITE "${OUT}.tmp" "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUT}.tmp" "${OUT}")
