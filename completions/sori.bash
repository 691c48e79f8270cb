# bash completion for sori: subcommands, their options, and the values of the options that take a
# fixed set (formats, chapter and subtitle files, presets). Installed as
# share/bash-completion/completions/sori.

_sori_presets() {
    local dir folders=()
    [ -d voices ] && [ -f CMakeLists.txt ] && folders+=(voices)
    folders+=("${XDG_CONFIG_HOME:-$HOME/.config}/sori/voices")
    local bin
    bin=$(command -v sori 2>/dev/null) && folders+=("$(dirname "$(readlink -f "$bin")")/../share/sori/voices")
    for dir in "${folders[@]}"; do
        [ -d "$dir" ] && for f in "$dir"/*.ini; do [ -e "$f" ] && basename "$f" .ini; done
    done
}

# Completes one item of a comma-separated list of WORDS.
_sori_list() {
    local prefix="" current="$1"
    shift
    [[ $current == *,* ]] && prefix="${current%,*},"
    COMPREPLY=($(compgen -P "$prefix" -W "$*" -- "${current##*,}"))
    compopt -o nospace 2>/dev/null
}

_sori() {
    local cur prev words cword
    _init_completion 2>/dev/null || {
        cur="${COMP_WORDS[COMP_CWORD]}"
        prev="${COMP_WORDS[COMP_CWORD-1]}"
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    }
    local commands="render outline split normalize pronounce voices cache"
    local command="" sub="" i
    for ((i = 1; i < cword; i++)); do
        case "${words[i]}" in
            -*) ;;
            *) if [ -z "$command" ]; then command="${words[i]}"; elif [ "$command" = cache ] && [ -z "$sub" ]; then sub="${words[i]}"; fi ;;
        esac
    done

    case "$prev" in
        --preset) COMPREPLY=($(compgen -W "$(_sori_presets)" -- "$cur")); compopt -o filenames 2>/dev/null
                  COMPREPLY+=($(compgen -f -X '!*.ini' -- "$cur")); return ;;
        --format) _sori_list "$cur" wav flac opus mp3 m4b epub html; return ;;
        --chapters) _sori_list "$cur" ffmeta cue vtt json audacity none; return ;;
        --subtitles) _sori_list "$cur" srt vtt none; return ;;
        --voice) COMPREPLY=($(compgen -W "ko ko+f1 ko+f2 ko+f3 ko+f4 ko+f5 ko+m1 ko+m2 ko+m3 ko+m4 ko+m5 ko+m6 ko+m7 ko+klatt ko+whisper" -- "$cur")); return ;;
        -o|--output|--cache-dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --lexicon) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --english) COMPREPLY=($(compgen -W "hangul keep" -- "$cur")); return ;;
        --speed|--pitch|--volume|--word-gap|--sentence-pause|--paragraph-pause|--section-pause|-j|--jobs|--timeout|\
        --sample-rate|--loudness|--true-peak|--older-than|--max-size|--bitrate|--opus-complexity|--flac-level|--mp3-vbr|\
        --author|--album|--date|--language) return ;;
        --cover) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    esac

    local options=""
    case "$command" in
        "") COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur")); return ;;
        render) options="-o --output --preset --voice --speed --pitch --volume --word-gap --sentence-pause
                         --paragraph-pause --section-pause -j --jobs --cache-dir --no-cache -n --dry-run --timeout
                         --format --sample-rate --bitrate --mp3-vbr --opus-complexity --flac-level --loudness --true-peak --chapters --subtitles --lexicon
                         --author --album --date --language --cover
                         --skip-glosses --read-tables --no-pronunciation --english --chapter-depth -q --quiet -v --verbose --help" ;;
        outline) options="--spoken --json --read-tables --chapter-depth --no-pronunciation --english --help" ;;
        split) options="--sentences --help" ;;
        normalize|pronounce) options="--lexicon --skip-glosses --english --help" ;;
        voices) options="--help" ;;
        cache)
            case "$sub" in
                "") COMPREPLY=($(compgen -W "stats prune --help" -- "$cur")); return ;;
                stats) options="-o --output --cache-dir --help" ;;
                prune) options="-o --output --cache-dir --older-than --max-size --help" ;;
            esac ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    elif [[ $command == render || $command == outline || $command == split || $command == normalize ]]; then
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -f -X '!*.@(txt|md|markdown)' -- "$cur") $(compgen -d -- "$cur"))
    fi
}
complete -F _sori sori
