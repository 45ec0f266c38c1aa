// Precompiled for the kiosk and its GUI tests: the core's headers and QtWidgets'.
#pragma once

#include "heard_core_pch.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QWidget>
