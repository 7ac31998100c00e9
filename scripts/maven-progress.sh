# Sourced by ./imr. imr_maven_progress LOG reads Maven's batch output (-B) on stdin, keeps all of it
# in LOG, and prints progress on stderr: a line per module ("imr: [2/6] imr-core"), the large
# downloads, and every 10 s of silence what is still downloading and how much has come so far.

imr_files() {
    if [ "$1" = 1 ]; then echo "1 file"; else echo "$1 files"; fi
}

imr_maven_progress() {
    local log=$1 line="" part="" files=0 kb=0 last=$SECONDS quiet=0 inflight="" name size unit
    exec 3>"$log"
    while :; do
        if IFS= read -r -t 5 part; then
            line=$line$part
        elif [ $? -gt 128 ]; then
            # no output for 5 s: keep any partial line, say what is under way every 10 s
            line=$line$part
            quiet=$((quiet + 5))
            if [ "$quiet" -ge 10 ] && [ $((SECONDS - last)) -ge 10 ]; then
                if [ -n "$inflight" ]; then
                    echo "imr:   still downloading${inflight} ($(imr_files $files), $((kb / 1024)) MB so far)" >&2
                else
                    echo "imr:   still working ($((SECONDS)) s)" >&2
                fi
                last=$SECONDS
            fi
            continue
        else
            [ -n "$line$part" ] && printf '%s\n' "$line$part" >&3
            break
        fi
        printf '%s\n' "$line" >&3
        quiet=0
        case $line in
            "[INFO] Building "*"["*/*"]")
                name=${line#\[INFO\] Building }
                name=${name%% *}
                echo "imr: [${line##*\[}" "$name" >&2
                last=$SECONDS
                ;;
            *"Downloading from "*": "*)
                name=${line##*/}
                case $name in *.jar | *.zip) inflight="$inflight $name" ;; esac
                ;;
            *"Downloaded from "*": "*"("*" at "*)
                name=${line##*: }
                name=${name%% *}
                name=${name##*/}
                inflight=${inflight/ $name/}
                size=${line##*\(}
                size=${size%% at *}
                unit=${size##* }
                size=${size%% *}
                size=${size%%.*}
                files=$((files + 1))
                case $unit in
                    B) ;;
                    kB) kb=$((kb + size)) ;;
                    MB) kb=$((kb + size * 1024)) ;;
                    GB) kb=$((kb + size * 1024 * 1024)) ;;
                esac
                if [ "$unit" = MB ] && [ "$size" -ge 5 ] || [ "$unit" = GB ]; then
                    echo "imr:   downloaded $name ($size $unit)" >&2
                    last=$SECONDS
                elif [ $((SECONDS - last)) -ge 10 ]; then
                    echo "imr:   downloaded $(imr_files $files), $((kb / 1024)) MB so far" >&2
                    last=$SECONDS
                fi
                ;;
        esac
        line=""
    done
    exec 3>&-
    if [ "$files" -gt 0 ]; then
        echo "imr: downloaded $(imr_files $files), $((kb / 1024)) MB, into ~/.m2/repository" >&2
    fi
}
