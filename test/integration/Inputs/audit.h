// Added by a test: a header, which the compilation database does not list.
#pragma once
