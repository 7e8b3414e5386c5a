package logic
