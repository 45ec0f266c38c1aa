// Precompiled for the core tests: the core's headers and QtTest's.
#pragma once

#include "heard_core_pch.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
