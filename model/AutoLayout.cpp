#include "model/AutoLayout.h"
