// Precompiled for the kiosk's GUI tests: the kiosk's headers and QtTest's (with its widget parts).
#pragma once

#include "heard_widgets_pch.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
