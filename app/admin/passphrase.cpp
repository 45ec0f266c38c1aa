#include "passphrase.h"

#include "util/errorcode.h"

#include <QFile>

#include <sodium.h>

#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace heard::admin {

namespace {

// The terminal settings to put back if the user presses Ctrl+C at a prompt with echo off.
termios g_savedTerminal {};
volatile sig_atomic_t g_echoOff = 0;

extern "C" void restoreTerminalAndDie(int signal)
{
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

Result<QByteArray> askOnTerminal(const char *prompt)
{
    // Echo goes off before the prompt appears, so nothing typed after the prompt is ever shown.
    termios saved {};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        g_savedTerminal = saved;
        g_echoOff = 1;
        std::signal(SIGINT, restoreTerminalAndDie);
        std::signal(SIGTERM, restoreTerminalAndDie);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    fputs(prompt, stderr);
    fflush(stderr);
    QByteArray line;
    for (int c = fgetc(stdin); c != EOF && c != '\n'; c = fgetc(stdin))
        line.append(char(c));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved); // keep anything typed ahead for the next prompt
        g_echoOff = 0;
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), size_t(secret.size()));
    secret.clear();
}

Result<QByteArray> readPassphrase(const QString &file, bool confirm)
{
    QByteArray passphrase;
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Result<QByteArray>::failure(
                ErrorCode::Io,
                u"cannot read the passphrase file %1: %2"_s.arg(file, f.errorString()));
        QByteArray content = f.readAll();
        const qsizetype end = content.indexOf('\n');
        passphrase = end < 0 ? content : content.left(end);
        wipe(content);
        if (passphrase.endsWith('\r'))
            passphrase.chop(1);
    } else {
        if (!isatty(STDIN_FILENO))
            return Result<QByteArray>::failure(
                ErrorCode::NoPassphrase,
                u"no terminal to ask for the passphrase; use --passphrase-file FILE"_s);
        auto first = askOnTerminal("LA key passphrase: ");
        if (!first)
            return first;
        passphrase = std::move(first).value();
        if (confirm) {
            auto again = askOnTerminal("Repeat the passphrase: ");
            if (!again) {
                wipe(passphrase);
                return again;
            }
            QByteArray second = std::move(again).value();
            const bool same = second == passphrase;
            wipe(second);
            if (!same) {
                wipe(passphrase);
                return Result<QByteArray>::failure(ErrorCode::Mismatch,
                                                   u"the two passphrases differ"_s);
            }
        }
    }
    if (passphrase.isEmpty())
        return Result<QByteArray>::failure(ErrorCode::EmptyPassphrase,
                                           u"the passphrase is empty"_s);
    return passphrase;
}

} // namespace heard::admin
